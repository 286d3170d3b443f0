// The repositories over one store (or over one transaction of it).
import type { Kysely } from 'kysely';
import { InviteRepository } from './invites/invite-repository';
import type { Database } from './schema';
import { SessionRepository } from './sessions/session-repository';
import { SigninFailureRepository } from './signin/signin-failure-repository';
import { TokenRepository } from './tokens/token-repository';
import { UserRepository } from './users/user-repository';

export interface Repositories {
  users: UserRepository;
  sessions: SessionRepository;
  tokens: TokenRepository;
  invites: InviteRepository;
  signinFailures: SigninFailureRepository;
}

export function repositories(db: Kysely<Database>): Repositories {
  return {
    users: new UserRepository(db),
    sessions: new SessionRepository(db),
    tokens: new TokenRepository(db),
    invites: new InviteRepository(db),
    signinFailures: new SigninFailureRepository(db),
  };
}
