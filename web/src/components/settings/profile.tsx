import { type FormEvent, useState } from 'react';
import { useUpdateMe } from '../../api/me';
import { useCurrentUser } from '../../current-user';
import { checkName, checkTimeZone, collectErrors, useFieldErrors } from '../../validation';
import { Field } from '../field';
import { FormError, FormStatus } from '../form-messages';
import { SectionCard } from '../section-card';
import { TimeZoneField } from '../time-zone-field';

export function ProfileSection() {
  const user = useCurrentUser();
  const update = useUpdateMe();
  const [name, setName] = useState(user.name);
  const [timeZone, setTimeZone] = useState(user.timeZone);
  const { formRef, errors, show } = useFieldErrors<'name' | 'timeZone'>();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    const valid = show(collectErrors({ name: checkName(name), timeZone: checkTimeZone(timeZone) }));
    if (valid) update.mutate({ name: name.trim(), timeZone: timeZone.trim() });
  }

  return (
    <SectionCard id="profile" title="Profile" intro={<>Signed in as {user.email}.</>}>
      <form ref={formRef} onSubmit={submit} noValidate className="stack">
        <Field
          label="Name"
          name="name"
          autoComplete="name"
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={errors.name}
        />
        <TimeZoneField value={timeZone} onChange={setTimeZone} error={errors.timeZone} />
        <FormError error={update.error} />
        <FormStatus message={update.isSuccess && 'Profile saved.'} />
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={update.isPending}>
            Save profile
          </button>
        </div>
      </form>
    </SectionCard>
  );
}
