import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/client';
import { useHandleDate } from '../../api/dates';
import { useMarkDone } from '../../api/items';
import { useSnoozePerson } from '../../api/people';
import type { TodayCard, TodayCardLine } from '../../api/today-types';
import { useCurrentUser } from '../../current-user';
import { isShortcut } from '../../keys';
import { isQueued } from '../../offline/send';
import { navigate } from '../../router';
import { formatDate } from '../../time';
import { addDays, dateIn } from '../../zoned-time';
import { useNotice } from '../notice';
import { useQuickLog } from '../quick-log';
import { AgendaEntry, canSnooze, cardPath, doneLines } from './agenda-item';

const SNOOZE_DAYS = 3;

const keyOf = (card: TodayCard) => card.key;

/**
 * The cards, most important first. ↑/↓ or j/k move between cards (one Tab stop for the whole
 * list); on the focused card l logs, s snoozes the person 3 days, d marks its first reply,
 * promise or milestone done, Enter opens the person.
 */
export function Agenda({
  items,
  onWrapUp,
  label = 'Agenda',
  pageKeys = true,
  focusKey = null,
}: {
  items: TodayCard[];
  /** Hides the end-of-day prompt for the rest of today. */
  onWrapUp: () => void;
  label?: string;
  /** Whether j/k reach this list before anything in it has focus (one list on a page). */
  pageKeys?: boolean;
  /** A card to bring into view and focus (a push opens `/?item=<key>`), its actions a tap away. */
  focusKey?: string | null;
}) {
  const user = useCurrentUser();
  const openLog = useQuickLog();
  const notice = useNotice();
  const snoozePerson = useSnoozePerson();
  const done = useMarkDone();
  const dateDone = useHandleDate();
  const [current, setCurrent] = useState(0);
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const refs = useRef<(HTMLElement | null)[]>([]);
  const listRef = useRef<HTMLOListElement>(null);
  // Where focus was in the list, to put it back when the item holding it goes away.
  const lastFocused = useRef<number | null>(null);
  const index = Math.max(0, Math.min(current, items.length - 1));

  function focusAt(next: number) {
    const clamped = Math.max(0, Math.min(next, items.length - 1));
    setCurrent(clamped);
    refs.current[clamped]?.focus();
  }

  // Opened from a push: scroll to that card and focus it, once per key (not on every refetch).
  const focusedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!focusKey || focusedFor.current === focusKey) return;
    const at = items.findIndex((item) => keyOf(item) === focusKey);
    if (at < 0) return;
    focusedFor.current = focusKey;
    setCurrent(at);
    const element = refs.current[at];
    element?.scrollIntoView({ block: 'center' });
    element?.focus({ preventScroll: true });
  }, [focusKey, items]);

  // A snoozed or done item leaves the list; keep the keyboard user in place.
  useEffect(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (lost && lastFocused.current !== null && items.length > 0) {
      const next = Math.min(lastFocused.current, items.length - 1);
      setCurrent(next);
      refs.current[next]?.focus();
    }
  }, [items]);

  // j/k also work before anything in the list has focus.
  useEffect(() => {
    if (!pageKeys) return;
    function onKey(event: globalThis.KeyboardEvent) {
      if (!isShortcut(event) || listRef.current?.contains(event.target as Node)) return;
      if (event.key === 'j' || event.key === 'k') {
        event.preventDefault();
        refs.current[index]?.focus();
      }
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [index, pageKeys]);

  function log(item: TodayCard) {
    openLog(item.person ? { people: [item.person] } : {});
  }

  function snooze(item: TodayCard) {
    if (!canSnooze(item) || !item.person) {
      notice(
        item.kind === 'revisit'
          ? 'Change the revisit date on the proposal page instead.'
          : item.kind === 'reply' || item.kind === 'promise'
            ? 'Replies and promises can’t be snoozed: mark them done when they are.'
            : 'Only people can be snoozed.',
      );
      return;
    }
    const person = item.person;
    const until = addDays(dateIn(user.timeZone), SNOOZE_DAYS);
    setBusyKey(keyOf(item));
    // Promises, not mutate callbacks: the last item leaving unmounts this list, and the
    // confirmation must still show.
    snoozePerson
      .mutateAsync({ person, until })
      .then(
        (sent) =>
          notice(
            `Snoozed ${person.name} until ${formatDate(until, { weekday: true })}${isQueued(sent) ? ' (on this device until you’re back online)' : ''}.`,
          ),
        (error: unknown) => notice(`Couldn’t snooze: ${errorMessage(error)}`),
      )
      .finally(() => setBusyKey(null));
  }

  function markDone(item: TodayCard, chosen?: TodayCardLine | null) {
    if (item.kind === 'end-of-day') {
      onWrapUp();
      notice('Done for today. Enjoy your evening.');
      return;
    }
    const line = chosen ?? doneLines(item)[0];
    if (!line?.refId) {
      notice(
        'Only replies, promises, milestones and dates can be marked done; log a conversation instead.',
      );
      return;
    }
    setBusyKey(keyOf(item));
    // A date line's id is the date's: done for this year's occurrence, back next year.
    const marking =
      line.kind === 'date'
        ? dateDone.mutateAsync({ id: line.refId, action: 'done' })
        : done.mutateAsync({ id: line.refId, label: `Done: ${line.title}` });
    marking
      .then(
        () => notice(`Done: ${line.title}.`),
        (error: unknown) => notice(`Couldn’t mark it done: ${errorMessage(error)}`),
      )
      .finally(() => setBusyKey(null));
  }

  function keyDown(event: KeyboardEvent<HTMLElement>, item: TodayCard, at: number) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      focusAt(at + (event.key === 'ArrowDown' ? 1 : -1));
      return;
    }
    if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      focusAt(event.key === 'Home' ? 0 : items.length - 1);
      return;
    }
    if (event.key === 'Enter' && event.target === refs.current[at]) {
      const path = cardPath(item);
      if (path) navigate(path);
      return;
    }
    if (!isShortcut(event) || event.shiftKey) return;
    const action = {
      j: () => focusAt(at + 1),
      k: () => focusAt(at - 1),
      l: () => log(item),
      s: () => snooze(item),
      d: () => markDone(item),
    }[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  }

  return (
    <ol
      ref={listRef}
      className="agenda"
      aria-label={label}
      onBlur={(event) => {
        const next = event.relatedTarget as Node | null;
        if (next && !event.currentTarget.contains(next)) lastFocused.current = null;
      }}
    >
      {items.map((item, at) => (
        <li
          key={keyOf(item)}
          className={keyOf(item) === focusKey ? 'agenda-focus' : undefined}
          // Key presses bubble here from the item and from its buttons.
          onKeyDown={(event) => keyDown(event, item, at)}
        >
          <AgendaEntry
            ref={(element) => {
              refs.current[at] = element;
            }}
            card={item}
            focusable={at === index}
            busy={busyKey === keyOf(item)}
            onFocus={() => {
              setCurrent(at);
              lastFocused.current = at;
            }}
            onLog={() => log(item)}
            onSnooze={() => snooze(item)}
            onDone={(line) => markDone(item, line)}
          />
        </li>
      ))}
    </ol>
  );
}
