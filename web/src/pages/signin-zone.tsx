import { type FormEvent, useState } from 'react';
import { useUpdateMe } from '../api/me';
import { FormError } from '../components/form-messages';
import { Page } from '../components/page';
import { TimeZoneField } from '../components/time-zone-field';
import { navigate, safeNext, useLocation } from '../router';
import { browserTimeZone } from '../time-zones';
import { checkTimeZone, collectErrors, useFieldErrors } from '../validation';

/**
 * Asked once, right after a first sign-in through the company's identity provider created the
 * account (the provider knows no zone): reminders and working hours depend on it.
 */
export function SignInZonePage() {
  const next = safeNext(useLocation().search.get('next'));
  const update = useUpdateMe();
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const { formRef, errors, show } = useFieldErrors<'timeZone'>();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    if (!show(collectErrors({ timeZone: checkTimeZone(timeZone.trim()) }))) return;
    update.mutate({ timeZone: timeZone.trim() }, { onSuccess: () => navigate(next) });
  }

  return (
    <Page title="Your time zone">
      <p className="intro">
        Your account is ready. Which time zone do you work in? Reminders and your working hours
        follow it; you can change it later in Settings.
      </p>
      <form ref={formRef} onSubmit={submit} noValidate className="stack">
        <TimeZoneField value={timeZone} onChange={setTimeZone} error={errors.timeZone} />
        <FormError error={update.error} />
        <button type="submit" className="primary" aria-disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Continue'}
        </button>
      </form>
    </Page>
  );
}
