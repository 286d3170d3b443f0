import type { ReactNode } from 'react';
import { type SecretLink, useRotateSecretLink, useSecretLink } from '../../api/links';
import { ConfirmButton } from '../confirm-button';
import { CopyField } from '../copy-field';
import { FormError, FormStatus } from '../form-messages';

/** A secret address with Copy and "Replace … address" (the old one stops working). */
export function SecretLinkField({
  which,
  label,
  question,
  extra,
}: {
  which: SecretLink;
  label: string;
  question: string;
  extra?: (url: string) => ReactNode;
}) {
  const link = useSecretLink(which);
  const rotate = useRotateSecretLink(which);
  return (
    <div className="stack secret-link">
      <FormError error={link.error ?? rotate.error} />
      {link.isPending && <p className="hint">Loading…</p>}
      {link.data && (
        <>
          <CopyField key={link.data} label={label} value={link.data} />
          <div className="actions">
            {extra?.(link.data)}
            <ConfirmButton
              label={`Replace ${label.toLowerCase()}`}
              question={question}
              confirmLabel="Replace"
              disabled={rotate.isPending}
              onConfirm={() => rotate.mutate()}
            />
          </div>
          <FormStatus
            message={rotate.isSuccess && 'New address made; the old one no longer works.'}
          />
        </>
      )}
    </div>
  );
}
