import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Trip, TripInput, TripPeople } from './place-types';
import { placeKeys, refreshPlace } from './schedule';

const tripPath = (id: string) => `/api/trips/${encodeURIComponent(id)}`;

/** The user's trips and their people's, as stored (the page sorts them). */
export function useTrips() {
  return useQuery({
    queryKey: placeKeys.trips,
    queryFn: async () => (await api.get<{ trips: Trip[] }>('/api/trips')).trips,
  });
}

/** Whom a trip lets the user meet: people living there, or there at the same time. */
export function useTripPeople(id: string, enabled = true) {
  return useQuery({
    queryKey: placeKeys.tripPeople(id),
    queryFn: async () => (await api.get<TripPeople>(`${tripPath(id)}/people`)).people,
    enabled,
  });
}

export function useAddTrip() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: TripInput) =>
      (await api.post<{ trip: Trip }>('/api/trips', input)).trip,
    onSuccess: () => {
      void refreshPlace(queryClient);
    },
  });
}

export function useDeleteTrip() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(tripPath(id)),
    onSuccess: () => refreshPlace(queryClient),
  });
}
