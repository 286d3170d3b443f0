import { errorMessage } from '../api/client';

/** The server's (or network's) message for a failed request, announced to screen readers. */
export function FormError({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {errorMessage(error)}
    </p>
  );
}

/** A polite confirmation such as "Saved." */
export function FormStatus({ message }: { message: string | null | false | undefined }) {
  return (
    <p className="form-status" role="status">
      {message || ''}
    </p>
  );
}
