import { useSignOut } from '../../api/session';
import { ConfirmButton } from '../confirm-button';
import { FormError } from '../form-messages';
import { SectionCard } from '../section-card';

export function SessionsSection() {
  const signOut = useSignOut();
  return (
    <SectionCard
      id="sessions"
      title="Sessions"
      intro="Lost a device or signed in somewhere public? Sign out on every device, this one included."
    >
      <FormError error={signOut.error} />
      <ConfirmButton
        label="Sign out everywhere"
        question="Sign out on every device, this one too?"
        confirmLabel="Sign out everywhere"
        disabled={signOut.isPending}
        onConfirm={() => signOut.mutate({ everywhere: true })}
      />
    </SectionCard>
  );
}
