// What a member sees and does in a workspace: the directory, their own profile, their coffee
// group, the water cooler, welcomes and celebrations.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from './client';
import { refreshLoop } from './daily-loop-queries';
import type { Person } from './people-types';
import { refreshTeam, teamKeys, workspacePath } from './team';
import type {
  Celebration,
  DirectoryEntry,
  Feedback,
  MyRound,
  ProfileChanges,
  TeamProfile,
  WaterCooler,
  Welcome,
} from './team-types';

function usePart<T>(id: string, part: string, read: () => Promise<T>) {
  return useQuery({ queryKey: teamKeys.part(id, part), queryFn: read });
}

export function useDirectory(id: string) {
  return usePart(
    id,
    'directory',
    async () =>
      (await api.get<{ members: DirectoryEntry[] }>(workspacePath(id, '/directory'))).members,
  );
}

export function useTeamProfile(id: string) {
  return usePart(
    id,
    'profile',
    async () => (await api.get<{ profile: TeamProfile }>(workspacePath(id, '/profile'))).profile,
  );
}

export function useLatestRound(id: string) {
  return usePart(
    id,
    'round',
    async () =>
      (await api.get<{ round: MyRound | null }>(workspacePath(id, '/rounds/latest'))).round,
  );
}

export function useWaterCooler(id: string) {
  return usePart(id, 'prompts', () => api.get<WaterCooler>(workspacePath(id, '/prompts')));
}

export function useWelcomes(id: string) {
  return usePart(
    id,
    'welcomes',
    async () => (await api.get<{ welcomes: Welcome[] }>(workspacePath(id, '/welcomes'))).welcomes,
  );
}

export function useCelebrations(id: string) {
  return usePart(
    id,
    'celebrations',
    async () =>
      (await api.get<{ celebrations: Celebration[] }>(workspacePath(id, '/celebrations')))
        .celebrations,
  );
}

function useTeamWrite<I, O>(run: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => refreshTeam(queryClient) });
}

export function useUpdateTeamProfile(id: string) {
  return useTeamWrite(
    async (changes: ProfileChanges) =>
      (await api.patch<{ profile: TeamProfile }>(workspacePath(id, '/profile'), changes)).profile,
  );
}

export function useSetExclusions(id: string) {
  return useTeamWrite(
    async (userIds: string[]) =>
      (await api.put<{ profile: TeamProfile }>(workspacePath(id, '/exclusions'), { userIds }))
        .profile,
  );
}

export function useGiveFeedback(id: string) {
  return useTeamWrite(({ roundId, ...feedback }: Feedback & { roundId: string }) =>
    api.post(workspacePath(id, `/rounds/${encodeURIComponent(roundId)}/feedback`), feedback),
  );
}

export function useAnswerPrompt(id: string) {
  return useTeamWrite((answer: { key: string; text: string }) =>
    api.post<WaterCooler>(workspacePath(id, '/prompts/answers'), answer),
  );
}

export function useAddPrompt(id: string) {
  return useTeamWrite((text: string) => api.post(workspacePath(id, '/prompts'), { text }));
}

/** Adds a colleague to the user's own people: the people list and Today change too. */
export function useAddToPeople(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (userId: string) =>
      (
        await api.post<{ person: Person }>(
          workspacePath(id, `/members/${encodeURIComponent(userId)}/add-to-people`),
        )
      ).person,
    onSuccess: () => refreshLoop(queryClient),
  });
}

/** Where "Add to my people" found the colleague already among the user's people. */
export interface PeopleMatch {
  id: string;
  name: string;
  matchedBy: 'email' | 'name';
}

/** The match a 409 from "Add to my people" carries, if that is what it was. */
export function matchOf(error: unknown): PeopleMatch | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const match = (error.details as { match?: PeopleMatch } | undefined)?.match;
  return match ?? null;
}

/**
 * "Add to my people" with a choice: plain (the server answers 409 with the match when the user
 * already has them), `new` (a second person anyway) or `link` (fill that person's empty fields).
 */
export function useAddColleague(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { userId: string; action?: 'new' | 'link'; personId?: string }) =>
      await api.post<{ person: Person; linked: boolean }>(
        workspacePath(id, `/members/${encodeURIComponent(input.userId)}/add-to-people`),
        input.action ? { action: input.action, personId: input.personId } : {},
      ),
    onSuccess: () => refreshLoop(queryClient),
  });
}
