// Everything behind the sign-in: the live hub connection and the console's frame. A chunk of its
// own, so that opening the console evaluates only what the sign-in form needs and this part loads
// while the person types (see App.tsx).
import { useCallback, useState } from 'react';
import type { HelpRequest } from '@handraise/shared';
import { AppShell, type Announcement } from './components/AppShell.tsx';
import { notifyNewRequest, notifyOffer } from './lib/desktop-notifications.ts';
import { CATEGORY_LABELS } from './lib/labels.ts';
import type { Session } from './lib/session.ts';
import type { SignedOutBecause } from './lib/session-end.ts';
import { HubProvider } from './state/HubProvider.tsx';

type Props = { session: Session; onSignedOut: (reason: SignedOutBecause) => void };

export function SignedInConsole({ session, onSignedOut }: Props) {
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const onRequestCreated = useCallback((request: HelpRequest) => {
    setAnnouncement({
      text: `New request from ${request.deviceName}: ${CATEGORY_LABELS[request.category]}`,
      requestId: request.id,
    });
    // The badge and the note above only help someone looking at the console; this reaches the rest.
    notifyNewRequest(request);
  }, []);
  // The offer's notice is in the page (AppShell); this reaches a helper whose console is behind.
  const onRequestOffered = useCallback((request: HelpRequest) => {
    notifyOffer(request);
  }, []);

  return (
    <HubProvider
      session={session}
      onSignedOut={onSignedOut}
      onRequestCreated={onRequestCreated}
      onRequestOffered={onRequestOffered}
    >
      <AppShell announcement={announcement} />
    </HubProvider>
  );
}
