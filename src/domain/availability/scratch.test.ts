import { it } from 'vitest';
import { aSchedule } from './availability.factory.js';
import { officePlan } from './office-plan.js';

it('x', () => {
  const zones = ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'];
  const user = aSchedule('Europe/London', 'mon-fri 09:00-17:30', ['tue', 'thu']);
  const crowd = Array.from({ length: 300 }, (_, i) => ({
    id: `p${i}`,
    name: `p${i}`,
    schedule: aSchedule(
      zones[i % 4]!,
      'mon-fri 09:00-17:00',
      i % 2 ? ['tue', 'thu'] : ['mon', 'wed'],
    ),
    key: i % 7 === 0,
    due: i % 3 === 0,
    city: null,
  }));
  for (let i = 0; i < 20; i++)
    officePlan({ now: '2025-06-09T10:00:00Z', weeks: 2, user, people: crowd });
  const t = performance.now();
  for (let i = 0; i < 100; i++)
    officePlan({ now: '2025-06-09T10:00:00Z', weeks: 2, user, people: crowd });
  console.log('officePlan ms', (performance.now() - t) / 100);
});
