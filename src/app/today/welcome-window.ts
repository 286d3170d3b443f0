// How long a welcome item shows on Today: a leaf module, so Today's input cache (agenda-source)
// can read the window without importing the welcome use-cases (and, through them, the team).
export const WELCOME_DAYS = 14;
const DAY_MS = 86_400_000;

/** The first instant whose welcomes still show at `now`. */
export const welcomesSince = (now: Date) => new Date(now.getTime() - WELCOME_DAYS * DAY_MS);
