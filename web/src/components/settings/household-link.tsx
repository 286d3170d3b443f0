import { SectionCard } from '../section-card';
import { SecretLinkField } from './secret-link';

/** The household page: whether the user is at work, for the people at home. */
export function HouseholdLinkSection() {
  return (
    <SectionCard
      id="household-page"
      title="Household page"
      intro="A simple page for the people at home: whether you are at work right now and today’s hours. Nothing else."
    >
      <SecretLinkField
        which="home-link"
        label="Household page address"
        question="Replace the address? The old one stops working at once."
        extra={(url) => (
          <a className="button" href={url} target="_blank" rel="noreferrer">
            Open the page
          </a>
        )}
      />
    </SectionCard>
  );
}
