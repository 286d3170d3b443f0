import { describe, expect, it } from 'vitest';
import type { CareerEventKind } from '../people/person-kind.js';
import { agendaInput } from './agenda.factory.js';
import { buildAgenda } from './agenda.js';
import { congratulation, pastNews, upcomingNews } from './career-news.js';

type Row = [text: string | null, past: string, congratulation: string];

// What people really type after `rapport event NAME KIND`, and what the agenda should say.
const PHRASINGS: Record<CareerEventKind, Row[]> = {
  promotion: [
    [
      'promoted to Senior EM at Stripe',
      'Promoted to Senior EM at Stripe',
      'Congratulations on the promotion to Senior EM at Stripe!',
    ],
    ['Senior EM', 'Promoted to Senior EM', 'Congratulations on the promotion to Senior EM!'],
    [
      'to Staff Engineer',
      'Promoted to Staff Engineer',
      'Congratulations on the promotion to Staff Engineer!',
    ],
    [
      'Promotion to Director of Engineering.',
      'Promoted to Director of Engineering',
      'Congratulations on the promotion to Director of Engineering!',
    ],
    ['got promoted to lead', 'Promoted to lead', 'Congratulations on the promotion to lead!'],
    [
      'She has been promoted to Principal Designer!',
      'Promoted to Principal Designer',
      'Congratulations on the promotion to Principal Designer!',
    ],
    ['now a VP', 'Promoted to VP', 'Congratulations on the promotion to VP!'],
    ['made partner', 'Promoted to partner', 'Congratulations on the promotion to partner!'],
    ['was promoted', 'Got promoted', 'Congratulations on the promotion!'],
    [null, 'Got promoted', 'Congratulations on the promotion!'],
  ],
  'new-job': [
    [
      'joined Farfetch',
      'Started a new job at Farfetch',
      'Congratulations on the new job at Farfetch!',
    ],
    ['Farfetch', 'Started a new job at Farfetch', 'Congratulations on the new job at Farfetch!'],
    ['at Initech', 'Started a new job at Initech', 'Congratulations on the new job at Initech!'],
    ['started at Monzo', 'Started a new job at Monzo', 'Congratulations on the new job at Monzo!'],
    ['moved to Google', 'Started a new job at Google', 'Congratulations on the new job at Google!'],
    [
      'now at Spotify',
      'Started a new job at Spotify',
      'Congratulations on the new job at Spotify!',
    ],
    [
      'Senior PM at Farfetch',
      'Started a new job as Senior PM at Farfetch',
      'Congratulations on the new job as Senior PM at Farfetch!',
    ],
    [
      'joined Farfetch as a Senior PM',
      'Started a new job as Senior PM at Farfetch',
      'Congratulations on the new job as Senior PM at Farfetch!',
    ],
    [
      'started a new job at N26 as Staff Engineer',
      'Started a new job as Staff Engineer at N26',
      'Congratulations on the new job as Staff Engineer at N26!',
    ],
    [
      'accepted an offer from Shopify',
      'Started a new job at Shopify',
      'Congratulations on the new job at Shopify!',
    ],
    [
      'is joining Datadog next month',
      'Started a new job at Datadog next month',
      'Congratulations on the new job at Datadog next month!',
    ],
    [
      'Staff Engineer',
      'Started a new job as Staff Engineer',
      'Congratulations on the new job as Staff Engineer!',
    ],
    [null, 'Started a new job', 'Congratulations on the new job!'],
  ],
  'new-role': [
    [
      'Tech Lead',
      'Started a new role as Tech Lead',
      'Congratulations on the new role as Tech Lead!',
    ],
    [
      'moved to the platform team',
      'Moved to the platform team',
      'Congratulations on the move to the platform team!',
    ],
    [
      'New role: Engineering Manager',
      'Started a new role as Engineering Manager',
      'Congratulations on the new role as Engineering Manager!',
    ],
    ['now an EM', 'Started a new role as EM', 'Congratulations on the new role as EM!'],
    [
      'stepped up as interim head of design',
      'Started a new role as interim head of design',
      'Congratulations on the new role as interim head of design!',
    ],
    [
      'took over as team lead',
      'Started a new role as team lead',
      'Congratulations on the new role as team lead!',
    ],
    [null, 'Started a new role', 'Congratulations on the new role!'],
  ],
  'project-lead': [
    [
      'leading the payments migration',
      'Now leading the payments migration',
      'Congratulations on leading the payments migration!',
    ],
    [
      'the checkout rewrite',
      'Now leading the checkout rewrite',
      'Congratulations on leading the checkout rewrite!',
    ],
    [
      'now leads the mobile relaunch',
      'Now leading the mobile relaunch',
      'Congratulations on leading the mobile relaunch!',
    ],
    [
      'took over the data platform',
      'Now leading the data platform',
      'Congratulations on leading the data platform!',
    ],
    ['heading up Atlas', 'Now leading Atlas', 'Congratulations on leading Atlas!'],
    [null, 'Now leading a project', 'Congratulations on leading the project!'],
  ],
  'work-anniversary': [
    [
      '5 years at Stripe',
      'Work anniversary: 5 years at Stripe',
      'Congratulations on 5 years at Stripe!',
    ],
    ['celebrating 10 years', 'Work anniversary: 10 years', 'Congratulations on 10 years!'],
    ['Work anniversary: 3 years', 'Work anniversary: 3 years', 'Congratulations on 3 years!'],
    [null, 'Celebrating a work anniversary', 'Happy work anniversary!'],
  ],
  other: [
    ['gave a keynote at KubeCon', 'Gave a keynote at KubeCon', 'Congratulations — well deserved!'],
    [null, 'Has career news', 'Congratulations — well deserved!'],
  ],
};

describe('career news in words', () => {
  for (const [kind, rows] of Object.entries(PHRASINGS) as [CareerEventKind, Row[]][]) {
    it.each(rows)(`${kind}: %j reads "%s"`, (text, past, congrats) => {
      expect(pastNews(kind, text)).toBe(past);
      expect(congratulation(kind, text)).toBe(congrats);
    });
  }

  it('never repeats the verb the user typed', () => {
    for (const [kind, rows] of Object.entries(PHRASINGS) as [CareerEventKind, Row[]][]) {
      for (const [text] of rows) {
        const lines = [pastNews(kind, text), upcomingNews(kind, text), congratulation(kind, text)];
        for (const line of lines) {
          expect(line).not.toMatch(
            /promotion to promoted|promoted to promoted|at joined|at started/i,
          );
          expect(line).not.toMatch(/\b(\w+) \1\b/i);
        }
      }
    }
  });

  it('words news still to come', () => {
    expect(upcomingNews('promotion', 'promoted to Senior EM')).toBe('Promotion to Senior EM');
    expect(upcomingNews('new-job', 'joining Farfetch as PM')).toBe(
      'Starts a new job as PM at Farfetch',
    );
    expect(upcomingNews('new-role', 'moving to the payments team')).toBe(
      'Moves to the payments team',
    );
    expect(upcomingNews('project-lead', 'will lead the relaunch')).toBe(
      'Starts leading the relaunch',
    );
  });
});

describe('the milestone item on Today', () => {
  const event = (kind: CareerEventKind, text: string, on: string) => ({
    id: `e-${kind}`,
    personId: 'p',
    personName: 'Siobhan',
    kind,
    text,
    on,
    congratulated: false,
  });

  it('reads naturally for news typed with its own verb', () => {
    const agenda = buildAgenda(
      agendaInput({
        careerEvents: [
          event('promotion', 'promoted to Senior EM at Stripe', '2025-03-12'),
          event('new-job', 'joined Farfetch', '2025-03-17'),
        ],
      }),
    );
    expect(agenda.items.map(({ why, starters }) => ({ why, starters }))).toEqual([
      {
        why: 'Promoted to Senior EM at Stripe — congratulate them',
        starters: ['Congratulations on the promotion to Senior EM at Stripe!'],
      },
      {
        why: 'Starts a new job at Farfetch on Monday — wish them well',
        starters: ['Congratulations on the new job at Farfetch!'],
      },
    ]);
  });
});
