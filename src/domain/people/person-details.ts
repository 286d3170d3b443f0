// What a person's record says about them beyond name and contact values: where they work, where
// they are, and what the user keeps about them. One declaration for the shapes that carry these
// fields (an imported contact, a person an import matches, a vCard written out).

export interface PersonDetails {
  company: string | null;
  /** The department. */
  team: string | null;
  title: string | null;
  city: string | null;
  country: string | null;
  /** An IANA zone name. */
  timeZone: string | null;
  tags: string[];
  /** Short personal facts ("spouse: Anna"). */
  facts: string[];
  links: string[];
  notes: string | null;
}
