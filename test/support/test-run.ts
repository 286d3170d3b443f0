// Runs before every test file, in its worker: cheap password hashing for the in-process app.
// Servers and CLIs started as processes get the same through RAPPORT_TEST_PASSWORD_HASHING
// (vitest.config.ts), which src/config.ts accepts only together with NODE_ENV=test.
import { hashPasswordsCheaplyForTests } from '../../src/app/accounts/passwords';

hashPasswordsCheaplyForTests();
