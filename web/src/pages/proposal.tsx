import { usePeople } from '../api/people';
import { useProposal } from '../api/proposal';
import { ProposalDecisionSection } from '../components/credit/proposal-decision';
import { ProposalDocumentSection } from '../components/credit/proposal-document';
import { ProposalForm } from '../components/credit/proposal-form';
import { FormError } from '../components/form-messages';
import { useNotice } from '../components/notice';
import { Page } from '../components/page';

/** The remote-work proposal: answers, the document written from them, and the answer. */
export function ProposalPage() {
  const notice = useNotice();
  const proposal = useProposal();
  const people = usePeople();
  // The manager is prefilled from the people list, so wait for it (or its failure).
  const ready = proposal.data !== undefined && !people.isPending;
  const manager = people.data?.find((person) => person.kind === 'manager')?.name ?? null;
  const saved = proposal.data ?? null;

  return (
    <Page title="Remote-work proposal">
      <p className="intro">
        Ask to work remotely with a case your manager can say yes to: deliverables instead of hours,
        how to reach you, a trial with a review date, and evidence from your log.
      </p>
      <FormError error={proposal.error} />
      {!ready && !proposal.isError && <p className="hint">Loading…</p>}
      {ready && (
        <ProposalForm
          proposal={saved}
          managerName={manager}
          onSaved={() => {
            notice('Proposal saved.');
            // The document (new after the first save) shows below; take the reader there.
            window.requestAnimationFrame(() => document.getElementById('document')?.focus());
          }}
        />
      )}
      {saved && <ProposalDocumentSection />}
      {saved && <ProposalDecisionSection proposal={saved} />}
    </Page>
  );
}
