import { useCreatePerson } from '../api/people';
import { Page } from '../components/page';
import { PersonForm } from '../components/person-form';
import { navigate } from '../router';

export function NewPersonPage() {
  const create = useCreatePerson();
  return (
    <Page title="Add a person">
      <p className="intro">Only the name is needed. Everything you note here is private to you.</p>
      <PersonForm
        submitLabel="Add person"
        pending={create.isPending}
        error={create.error}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: (person) => navigate(`/people/${encodeURIComponent(person.id)}`),
          })
        }
        onCancel={() => navigate('/people')}
      />
    </Page>
  );
}
