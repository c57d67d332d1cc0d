// What each kind of problem looks like on a school computer's screen: the program that was open
// and the error it put up. The demo draws these (demo-screen.ts), so a request's picture matches
// what the student says.
import type { HelpCategory } from '@handraise/shared';

/** The program behind the dialog: a browser shows an address bar, a document a page of text. */
export type WindowKind = 'browser' | 'document' | 'slides' | 'sign-in';

export type DialogIcon = 'error' | 'warning';

export type Scene = {
  window: WindowKind;
  /** The program window's title bar. */
  title: string;
  /** For a browser: what its address bar shows. */
  address?: string;
  dialog: { icon: DialogIcon; title: string; lines: readonly string[]; button: string };
};

/** A few variants per category: the demo picks one per request, by its seed. */
export const SCENES: Record<HelpCategory, readonly Scene[]> = {
  printer: [
    {
      window: 'document',
      title: 'Science report.docx - Writer',
      dialog: {
        icon: 'error',
        title: 'Printer not responding',
        lines: ['The printer in Room 12 did not answer.', 'Check that it is on and has paper.'],
        button: 'Try again',
      },
    },
    {
      window: 'document',
      title: 'Reading list.pdf - Viewer',
      dialog: {
        icon: 'warning',
        title: 'Paper jam',
        lines: ['Library printer: paper jam in tray 2.', 'Open tray 2 and remove the paper.'],
        button: 'OK',
      },
    },
  ],
  internet: [
    {
      window: 'browser',
      title: 'New tab - Browser',
      address: 'https://classroom.school.example',
      dialog: {
        icon: 'warning',
        title: 'No Internet',
        lines: ['Connected to Wi-Fi STUDENTS, but no internet.', 'Try again in a few minutes.'],
        button: 'Retry',
      },
    },
    {
      window: 'browser',
      title: 'Maths homework - Browser',
      address: 'https://maths.school.example/unit-4',
      dialog: {
        icon: 'error',
        title: 'This site cannot be reached',
        lines: ['The connection timed out.', 'Check the network cable or the Wi-Fi.'],
        button: 'Reload',
      },
    },
  ],
  'sign-in': [
    {
      window: 'sign-in',
      title: 'School account',
      dialog: {
        icon: 'error',
        title: 'Sign-in failed',
        lines: ['The user name or password is incorrect.', 'Three tries left before it locks.'],
        button: 'OK',
      },
    },
    {
      window: 'sign-in',
      title: 'Email - Sign in',
      dialog: {
        icon: 'warning',
        title: 'Password expired',
        lines: ['Your password must be changed.', 'Ask your teacher for a new one.'],
        button: 'Change',
      },
    },
  ],
  'sound-screen': [
    {
      window: 'slides',
      title: 'Volcanoes.pptx - Slides',
      dialog: {
        icon: 'warning',
        title: 'Projector not detected',
        lines: ['No second display was found.', 'Check the HDMI cable and the input.'],
        button: 'Detect',
      },
    },
    {
      window: 'slides',
      title: 'Water cycle.pptx - Slides',
      dialog: {
        icon: 'error',
        title: 'No audio output device',
        lines: ['Speakers are not connected.', 'Plug them in or choose another output.'],
        button: 'Settings',
      },
    },
  ],
  app: [
    {
      window: 'document',
      title: 'Scratch 3 - Project',
      dialog: {
        icon: 'error',
        title: 'Scratch has stopped working',
        lines: ['The program closed unexpectedly.', 'Your work was saved at 10:41.'],
        button: 'Restart',
      },
    },
    {
      window: 'browser',
      title: 'Typing club - Browser',
      address: 'https://typing.school.example/lesson/12',
      dialog: {
        icon: 'error',
        title: 'Page unresponsive',
        lines: ['The page is not responding.', 'You can wait or close it.'],
        button: 'Wait',
      },
    },
  ],
  other: [
    {
      window: 'document',
      title: 'Files',
      dialog: {
        icon: 'warning',
        title: 'Disk almost full',
        lines: ['Only 200 MB left on this computer.', 'Delete files you do not need.'],
        button: 'OK',
      },
    },
    {
      window: 'document',
      title: 'Settings',
      dialog: {
        icon: 'error',
        title: 'Something went wrong',
        lines: ['Error 0x80070005: access denied.', 'Ask your IT coordinator.'],
        button: 'Close',
      },
    },
  ],
};
