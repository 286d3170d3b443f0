import { usePerson, useUpdatePerson } from '../api/people';
import { FormError } from '../components/form-messages';
import { Page } from '../components/page';
import { PersonForm } from '../components/person-form';
import { navigate } from '../router';

export function EditPersonPage({ params }: { params: Record<string, string> }) {
  const id = params.id ?? '';
  const person = usePerson(id);
  const update = useUpdatePerson();
  const back = () => navigate(`/people/${encodeURIComponent(id)}`);
  if (!person.data) {
    return (
      <Page title="Edit person">
        {person.isPending ? <p className="hint">Loading…</p> : <FormError error={person.error} />}
      </Page>
    );
  }
  return (
    <Page title={`Edit ${person.data.name}`}>
      <PersonForm
        person={person.data}
        submitLabel="Save changes"
        pending={update.isPending}
        error={update.error}
        onSubmit={(change) => update.mutate({ id, change }, { onSuccess: back })}
        onCancel={back}
      />
    </Page>
  );
}
