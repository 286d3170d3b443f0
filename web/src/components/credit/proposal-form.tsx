import { type FormEvent, useState } from 'react';
import type { Deliverable, Proposal, ProposalAnswers } from '../../api/credit-types';
import { useSaveProposal } from '../../api/proposal';
import { useCurrentUser } from '../../current-user';
import { formatDate } from '../../time';
import { serverFieldErrors, useFieldErrors } from '../../validation';
import { dateIn } from '../../zoned-time';
import { Field } from '../field';
import { FormError } from '../form-messages';
import { TextAreaField } from '../text-area-field';
import { DeliverablesEditor } from './deliverables-editor';

export const COST_NOTE_SUGGESTION =
  'It costs the company nothing: I already have the equipment and connection I need at home.';
const DEFAULT_TRIAL_DAYS = 90;

interface Draft {
  role: string;
  manager: string;
  roleFit: string;
  deliverables: Deliverable[];
  availability: string;
  communicationPlan: string;
  equipment: string;
  costNote: string;
  trialDays: string;
  startDate: string;
}

type FieldName = 'role' | 'trialDays' | 'startDate';

function draftOf(proposal: Proposal | null, managerName: string | null): Draft {
  const answers = proposal?.answers ?? {};
  return {
    role: answers.role ?? '',
    manager: answers.manager ?? managerName ?? '',
    roleFit: answers.roleFit ?? '',
    deliverables: answers.deliverables?.length ? answers.deliverables : [{ what: '', measure: '' }],
    availability: answers.availability ?? '',
    communicationPlan: answers.communicationPlan ?? '',
    equipment: answers.equipment ?? '',
    costNote: answers.costNote ?? '',
    trialDays: String(answers.trialDays ?? DEFAULT_TRIAL_DAYS),
    startDate: answers.startDate ?? '',
  };
}

function check(draft: Draft) {
  const errors: Partial<Record<FieldName, string>> = {};
  if (!draft.role.trim()) errors.role = 'Say which role the proposal is for.';
  const days = Number(draft.trialDays);
  if (!/^\d+$/.test(draft.trialDays.trim()) || days < 1 || days > 730)
    errors.trialDays = 'Enter a whole number of days from 1 to 730.';
  if (draft.startDate && !/^\d{4}-\d{2}-\d{2}$/.test(draft.startDate))
    errors.startDate = 'Enter a date, or leave it empty for today.';
  const rows: Record<number, string> = {};
  draft.deliverables.forEach((row, index) => {
    const what = row.what.trim();
    const measure = row.measure.trim();
    if (what && !measure) rows[index] = 'Say how this one is measured.';
    if (!what && measure) rows[index] = 'Say what the deliverable is.';
  });
  return { errors, rows };
}

function toAnswers(draft: Draft): ProposalAnswers {
  return {
    role: draft.role.trim(),
    manager: draft.manager.trim() || null,
    roleFit: draft.roleFit.trim(),
    deliverables: draft.deliverables
      .map((row) => ({ what: row.what.trim(), measure: row.measure.trim() }))
      .filter((row) => row.what && row.measure),
    availability: draft.availability.trim(),
    communicationPlan: draft.communicationPlan.trim(),
    equipment: draft.equipment.trim(),
    costNote: draft.costNote.trim() || null,
    trialDays: Number(draft.trialDays),
    ...(draft.startDate ? { startDate: draft.startDate } : {}),
  };
}

/** The guided proposal: five short sections, saved together. */
export function ProposalForm({
  proposal,
  managerName,
  onSaved,
}: {
  proposal: Proposal | null;
  managerName: string | null;
  onSaved: () => void;
}) {
  const user = useCurrentUser();
  const save = useSaveProposal();
  const [draft, setDraft] = useState(() => draftOf(proposal, managerName));
  const [rowErrors, setRowErrors] = useState<Record<number, string>>({});
  const { formRef, errors, show, dismiss } = useFieldErrors<FieldName>();
  const server = serverFieldErrors(save.error);

  function change(patch: Partial<Draft>) {
    setDraft((previous) => ({ ...previous, ...patch }));
    for (const key of Object.keys(patch)) dismiss(key as FieldName);
    if (patch.deliverables) setRowErrors({});
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const found = check(draft);
    setRowErrors(found.rows);
    const valid = show(found.errors);
    if (!valid) return;
    if (Object.keys(found.rows).length > 0) {
      const first = Number(Object.keys(found.rows)[0]);
      formRef.current
        ?.querySelectorAll<HTMLElement>('input[name="deliverableWhat"]')
        [first]?.focus();
      return;
    }
    save.mutate(toAnswers(draft), { onSuccess: onSaved });
  }

  function suggestCost() {
    const current = draft.costNote.trim();
    if (current.includes(COST_NOTE_SUGGESTION)) return;
    change({ costNote: current ? `${current} ${COST_NOTE_SUGGESTION}` : COST_NOTE_SUGGESTION });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="stack proposal-form">
      <fieldset className="form-section">
        <legend>1. The role</legend>
        <div className="form-grid">
          <Field
            label="Your role"
            name="role"
            autoComplete="organization-title"
            required
            maxLength={200}
            placeholder="e.g. Senior product designer"
            value={draft.role}
            onChange={(event) => change({ role: event.target.value })}
            error={errors.role ?? server.role}
          />
          <Field
            label="Your manager"
            hint={managerName ? undefined : 'Add your manager on the People page to fill this in.'}
            name="manager"
            autoComplete="off"
            maxLength={120}
            value={draft.manager}
            onChange={(event) => change({ manager: event.target.value })}
          />
        </div>
        <TextAreaField
          label="Why the role fits remote work"
          hint="Focused work, results you can show, colleagues already in other places…"
          name="roleFit"
          rows={4}
          maxLength={5000}
          value={draft.roleFit}
          onChange={(event) => change({ roleFit: event.target.value })}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>2. Deliverables</legend>
        <p className="hint">
          What you deliver and how it is measured: be judged on results, not hours at a desk.
        </p>
        <DeliverablesEditor
          rows={draft.deliverables}
          onChange={(deliverables) => change({ deliverables })}
          errors={rowErrors}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>3. Availability and communication</legend>
        <TextAreaField
          label="Availability"
          hint="Core hours, how fast you answer, office days."
          name="availability"
          rows={3}
          maxLength={3000}
          value={draft.availability}
          onChange={(event) => change({ availability: event.target.value })}
        />
        <TextAreaField
          label="Communication plan"
          hint="Check-ins, status updates, the channels you use."
          name="communicationPlan"
          rows={3}
          maxLength={3000}
          value={draft.communicationPlan}
          onChange={(event) => change({ communicationPlan: event.target.value })}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>4. Equipment and cost</legend>
        <TextAreaField
          label="Equipment"
          hint="Your desk, computer, connection, a quiet room."
          name="equipment"
          rows={2}
          maxLength={3000}
          value={draft.equipment}
          onChange={(event) => change({ equipment: event.target.value })}
        />
        <TextAreaField
          label="Cost note"
          hint="What it costs the company, if anything."
          name="costNote"
          rows={2}
          maxLength={1000}
          value={draft.costNote}
          onChange={(event) => change({ costNote: event.target.value })}
        />
        <div className="actions">
          <button type="button" onClick={suggestCost}>
            Suggest: “It costs the company nothing”
          </button>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>5. Trial</legend>
        <div className="form-grid">
          <Field
            label="Trial length (days)"
            name="trialDays"
            type="number"
            inputMode="numeric"
            min={1}
            max={730}
            required
            value={draft.trialDays}
            onChange={(event) => change({ trialDays: event.target.value })}
            error={errors.trialDays ?? server.trialDays}
          />
          <Field
            label="Start date"
            hint={`Empty: today, ${formatDate(dateIn(user.timeZone))}.`}
            name="startDate"
            type="date"
            value={draft.startDate}
            onChange={(event) => change({ startDate: event.target.value })}
            error={errors.startDate ?? server.startDate}
          />
        </div>
      </fieldset>

      <FormError error={save.error} />
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save proposal'}
        </button>
      </div>
    </form>
  );
}
