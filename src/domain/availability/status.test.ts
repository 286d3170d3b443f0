import { describe, expect, it } from 'vitest';
import { DomainInputError } from '../input-error.js';
import { aSchedule } from './availability.factory.js';
import { zoneOn } from './schedule.js';
import { workingAt, workStatus } from './status.js';

const berlin = aSchedule('Europe/Berlin', 'mon-fri 09:00-12:00, 13:00-17:30');

describe('zoneOn', () => {
  const trips = [
    { city: 'New York', zone: 'America/New_York', from: '2025-06-10', to: '2025-06-12' },
    { city: 'Boston', zone: 'America/New_York', from: '2025-06-11', to: '2025-06-11' },
    { city: 'Auckland', zone: 'Pacific/Auckland', from: '2025-07-01', to: '2025-07-01' },
  ];
  const traveller = aSchedule('Europe/Berlin', 'mon-fri 09:00-17:00', [], trips);

  it('is the home zone outside trips and the trip zone on its dates', () => {
    expect(zoneOn(traveller, '2025-06-09T12:00:00Z')).toBe('Europe/Berlin');
    expect(zoneOn(traveller, '2025-06-10T12:00:00Z')).toBe('America/New_York');
    expect(zoneOn(traveller, '2025-06-13T12:00:00Z')).toBe('Europe/Berlin');
  });

  it("judges the dates on the trip zone's calendar", () => {
    // 1 July in Auckland runs from 30 June 12:00Z to 1 July 12:00Z.
    expect(zoneOn(traveller, '2025-06-30T11:59:00Z')).toBe('Europe/Berlin');
    expect(zoneOn(traveller, '2025-06-30T12:00:00Z')).toBe('Pacific/Auckland');
    expect(zoneOn(traveller, '2025-07-01T11:59:00Z')).toBe('Pacific/Auckland');
    expect(zoneOn(traveller, '2025-07-01T12:00:00Z')).toBe('Europe/Berlin');
    // New York's 12 June ends at 04:00Z on the 13th.
    expect(zoneOn(traveller, '2025-06-13T03:59:00Z')).toBe('America/New_York');
  });

  it('canonicalises zone names and refuses bad schedules', () => {
    expect(zoneOn(aSchedule('europe/berlin'), '2025-06-09T12:00:00Z')).toBe('Europe/Berlin');
    expect(() => zoneOn(aSchedule('Mars/Olympus'), '2025-06-09T12:00:00Z')).toThrow(
      DomainInputError,
    );
    const backwards = [{ city: 'Rome', zone: 'Europe/Rome', from: '2025-06-12', to: '2025-06-10' }];
    expect(() =>
      zoneOn(aSchedule('UTC', 'mon 9-17', [], backwards), '2025-06-09T12:00:00Z'),
    ).toThrow('The trip to Rome ends (2025-06-10) before it starts (2025-06-12).');
  });
});

describe('workingAt', () => {
  it('reads the local clock and hours', () => {
    expect(workingAt(berlin, '2025-06-10T08:30:00Z')).toEqual({
      working: true,
      localTime: '10:30',
      localDate: '2025-06-10',
      weekday: 'tue',
      zone: 'Europe/Berlin',
    });
    expect(workingAt(berlin, '2025-06-10T10:30:00Z').working).toBe(false); // lunch
    expect(workingAt(berlin, '2025-06-14T10:30:00Z').working).toBe(false); // Saturday
  });

  it('uses the trip zone while travelling', () => {
    const trip = { city: 'Kolkata', zone: 'Asia/Kolkata', from: '2025-06-09', to: '2025-06-13' };
    const away = aSchedule('Europe/Berlin', 'mon-fri 09:00-17:30', [], [trip]);
    // 04:00Z is 09:30 in Kolkata and 06:00 in Berlin.
    expect(workingAt(away, '2025-06-10T04:00:00Z')).toMatchObject({
      working: true,
      localTime: '09:30',
      zone: 'Asia/Kolkata',
    });
  });

  it('holds across the date line: Kiritimati is 25 hours ahead of Pago Pago', () => {
    const instant = '2025-06-09T20:00:00Z';
    const kiritimati = workingAt(aSchedule('Pacific/Kiritimati'), instant);
    const pagoPago = workingAt(aSchedule('Pacific/Pago_Pago'), instant);
    expect([kiritimati.localDate, kiritimati.localTime]).toEqual(['2025-06-10', '10:00']);
    expect([pagoPago.localDate, pagoPago.localTime]).toEqual(['2025-06-09', '09:00']);
    expect(kiritimati.working && pagoPago.working).toBe(true);
  });
});

describe('workStatus', () => {
  it('at work: since the start of this stretch, until its end', () => {
    expect(workStatus(berlin, '2025-06-10T08:30:00Z')).toEqual({
      status: 'at-work',
      since: '2025-06-10T07:00:00Z',
      until: '2025-06-10T10:00:00Z',
      todayHours: [
        { start: '09:00', end: '12:00' },
        { start: '13:00', end: '17:30' },
      ],
      zone: 'Europe/Berlin',
    });
  });

  it('off over the weekend: since Friday evening, until Monday morning', () => {
    expect(workStatus(berlin, '2025-06-14T10:00:00Z')).toMatchObject({
      status: 'off',
      since: '2025-06-13T15:30:00Z',
      until: '2025-06-16T07:00:00Z',
      todayHours: [],
    });
  });

  it('counts the night clocks go back: Friday to Monday across the change', () => {
    const newYork = aSchedule('America/New_York', 'mon-fri 09:00-17:00');
    const status = workStatus(newYork, '2025-11-01T12:00:00Z');
    expect(status.since).toBe('2025-10-31T21:00:00Z'); // 17:00 EDT
    expect(status.until).toBe('2025-11-03T14:00:00Z'); // 09:00 EST
  });

  it('has no since or until when there are no hours, or the work never stops', () => {
    expect(workStatus(aSchedule('UTC', 'off'), '2025-06-10T08:30:00Z')).toMatchObject({
      status: 'off',
      since: null,
      until: null,
    });
    expect(workStatus(aSchedule('UTC', 'daily 00:00-24:00'), '2025-06-10T08:30:00Z')).toMatchObject(
      { status: 'at-work', since: null, until: null },
    );
  });
});
