import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';

/**
 * How long, in ms, an announcement waits: an action taken in a dialog (resolve, escalate) is
 * answered while the dialog still hides the page from screen readers; it is said once it closed.
 */
const ANNOUNCE_DELAY_MS = 150;

/** Says what an action did, politely, to someone using a screen reader ("Claimed request #42"). */
type Announce = (text: string) => void;

const AnnounceContext = createContext<Announce>(() => undefined);

/** The desk's announcer: action results go to its live region. */
export const useAnnounce = (): Announce => useContext(AnnounceContext);

/**
 * A polite live region for the request desk's action results, in the page from the start (a
 * region that appears with its first message is not read). Each announcement is a new element,
 * so the same words twice ("Message sent", "Message sent") are read twice.
 */
export function DeskAnnouncer({ children }: { children: ReactNode }) {
  const [said, setSaid] = useState<{ text: string; n: number }>({ text: '', n: 0 });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const announce = useCallback((text: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setSaid((s) => ({ text, n: s.n + 1 })), ANNOUNCE_DELAY_MS);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <AnnounceContext value={announce}>
      {children}
      <div className="sr-only" role="status" aria-live="polite" data-testid="desk-announcer">
        {said.text && <span key={said.n}>{said.text}</span>}
      </div>
    </AnnounceContext>
  );
}
