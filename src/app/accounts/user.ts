import type { UserRole } from '../../store/schema';
import type { UserRecord } from '../../store/users/user-repository';
import type { WorkingHours } from './working-hours';

/** What a user may see of their own account: everything except the password hash. */
export interface User {
  id: string;
  email: string;
  name: string;
  timeZone: string;
  workingHours: WorkingHours;
  role: UserRole;
  createdAt: string;
}

export function presentUser(record: UserRecord): User {
  return {
    id: record.id,
    email: record.email,
    name: record.name,
    timeZone: record.timeZone,
    workingHours: record.workingHours as WorkingHours,
    role: record.role,
    createdAt: record.createdAt,
  };
}
