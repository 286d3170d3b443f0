import { type FormEvent, useState } from 'react';
import { useAddPrompt, useWaterCooler } from '../../api/team-space';
import { Field } from '../field';
import { FormError, FormStatus } from '../form-messages';

/** The workspace's prompt library (admins add their own); one is asked each week. */
export function PromptAdmin({ workspaceId }: { workspaceId: string }) {
  const cooler = useWaterCooler(workspaceId);
  const add = useAddPrompt(workspaceId);
  const [text, setText] = useState('');
  const [added, setAdded] = useState(false);
  const custom = cooler.data?.prompts.filter((p) => p.custom) ?? [];

  function submit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending || !text.trim()) return;
    add.mutate(text.trim(), {
      onSuccess: () => {
        setText('');
        setAdded(true);
      },
    });
  }

  return (
    <>
      {cooler.data && (
        <p>
          This week: <q>{cooler.data.current.text}</q>{' '}
          <span className="hint">
            ({cooler.data.prompts.length} prompts in the library, {custom.length} of yours)
          </span>
        </p>
      )}
      <FormError error={cooler.error} />
      {custom.length > 0 && (
        <ul className="prompt-list">
          {custom.map((p) => (
            <li key={p.key}>{p.text}</li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate className="inline-form">
        <Field
          label="Add a prompt"
          hint="A question anyone can answer in a line, e.g. “What’s on your desk right now?”"
          name="newPrompt"
          maxLength={300}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setAdded(false);
          }}
        />
        <button type="submit" aria-disabled={add.isPending || !text.trim()}>
          Add
        </button>
      </form>
      <FormError error={add.error} />
      <FormStatus message={added && 'Added to the library.'} />
    </>
  );
}
