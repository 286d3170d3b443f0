import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { CHANNEL_LABELS, type Interaction } from '../api/people-types';
import { isShortcut } from '../keys';
import { isQueued } from '../offline/send';
import { Dialog } from './dialog';
import type { LogForm as LogFormComponent } from './log-form';
import { useNotice } from './notice';
import type { PickedPerson } from './person-picker';

export interface LogRequest {
  /** Prefilled people for a new log. */
  people?: PickedPerson[];
  /** An existing conversation to edit. */
  interaction?: Interaction;
}

const QuickLogContext = createContext<(request?: LogRequest) => void>(() => {});

/** Opens the quick log dialog, empty, prefilled with people, or editing a conversation. */
export function useQuickLog(): (request?: LogRequest) => void {
  return useContext(QuickLogContext);
}

function names(people: { name: string }[]): string {
  if (people.length <= 1) return people[0]?.name ?? '';
  return `${people
    .slice(0, -1)
    .map((person) => person.name)
    .join(', ')} and ${people.at(-1)?.name}`;
}

// The form (with the person picker) loads on the first open, not with the first page: Today's
// first load ships less code. The dialog waits for it, so it opens whole, focus in place.
let LogForm: typeof LogFormComponent | null = null;
function loadLogForm(): Promise<typeof LogFormComponent> {
  if (LogForm) return Promise.resolve(LogForm);
  return import('./log-form').then((module) => {
    LogForm = module.LogForm;
    return LogForm;
  });
}

/** Starts loading the form early (pointer over, or focus on, a button that opens it). */
export function preloadLogForm(): void {
  void loadLogForm().catch(() => {});
}

/** Holds the dialog for every signed-in page; the `n` key opens it when nobody is typing. */
export function QuickLogProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<(LogRequest & { key: number }) | null>(null);
  const notice = useNotice();
  const open = useCallback(
    (next: LogRequest = {}) => {
      void loadLogForm().then(
        () => setRequest((previous) => ({ ...next, key: (previous?.key ?? 0) + 1 })),
        () => notice('Couldn’t open the log form: check the connection and try again.'),
      );
    },
    [notice],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key === 'n' && !event.shiftKey && isShortcut(event)) {
        event.preventDefault();
        open();
      }
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  const editing = request?.interaction;
  return (
    <QuickLogContext.Provider value={open}>
      {children}
      {request && LogForm && (
        <Dialog
          key={request.key}
          title={editing ? 'Edit conversation' : 'Log a conversation'}
          onClose={() => setRequest(null)}
        >
          <LogForm
            people={request.people ?? []}
            interaction={editing}
            onDone={(saved) => {
              setRequest(null);
              if (isQueued(saved)) {
                notice('Saved on this device: it will be sent when you’re back online.');
                return;
              }
              const closed = saved.closed?.length
                ? ` Closed: ${saved.closed.map((reply) => `reply to ${reply.personName} (${reply.text})`).join(', ')}.`
                : '';
              notice(
                editing
                  ? 'Conversation saved.'
                  : `Logged: ${CHANNEL_LABELS[saved.channel].toLowerCase()} with ${names(saved.people ?? request.people ?? [])}.${closed}`,
              );
            }}
          />
        </Dialog>
      )}
    </QuickLogContext.Provider>
  );
}
