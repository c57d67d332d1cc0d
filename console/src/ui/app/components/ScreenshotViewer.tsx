import { useEffect, useState } from 'react';
import { Button, Heading } from 'react-aria-components';
import { fetchBlobUrl } from '../lib/api.ts';
import { useHub } from '../state/hub-context.ts';
import { CloseIcon, ZoomInIcon, ZoomOutIcon } from './icons.tsx';
import { ModalDialog } from './ModalDialog.tsx';

/** Zoom steps of the full-size view; 1 is the picture's own pixels. */
const ZOOM_STEPS = [0.5, 0.75, 1, 1.5, 2, 3];

/**
 * A request's screenshot: fetched with the session's token (an <img> cannot send it) into a blob
 * URL that is released when the request is closed, shown small, and zoomable in a dialog.
 */
export function ScreenshotViewer({ requestId, alt }: { requestId: string; alt: string }) {
  const { session } = useHub();
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [zoom, setZoom] = useState<number | 'fit'>('fit');
  const [natural, setNatural] = useState({ width: 0, height: 0 });

  useEffect(() => {
    let current = true;
    let created: string | null = null;
    void fetchBlobUrl(`/api/requests/${requestId}/screenshot`, session.token).then((blobUrl) => {
      if (!current) {
        if (blobUrl) URL.revokeObjectURL(blobUrl);
        return;
      }
      created = blobUrl;
      setUrl(blobUrl);
      setFailed(blobUrl === null);
    });
    return () => {
      current = false;
      if (created) URL.revokeObjectURL(created);
    };
  }, [requestId, session.token]);

  if (failed) return <p className="muted">The screenshot could not be loaded.</p>;
  if (!url) return <p className="muted">Loading the screenshot…</p>;

  const step = (direction: 1 | -1) => {
    const currentZoom = zoom === 'fit' ? 1 : zoom;
    const index = ZOOM_STEPS.findIndex((z) => z >= currentZoom);
    const next = ZOOM_STEPS[Math.min(ZOOM_STEPS.length - 1, Math.max(0, index + direction))];
    setZoom(next ?? 1);
  };

  return (
    <ModalDialog
      trigger={
        <Button className="screenshot-thumb" aria-label="Open the screenshot full size">
          <img
            src={url}
            alt={alt}
            onLoad={(e) =>
              setNatural({
                width: e.currentTarget.naturalWidth,
                height: e.currentTarget.naturalHeight,
              })
            }
          />
        </Button>
      }
      size="wide"
      onOpenChange={(open) => open && setZoom('fit')}
    >
      {({ close }) => (
        <>
          <div className="page-header">
            <Heading slot="title">Screenshot</Heading>
            <div className="zoom-controls">
              <Button className="button small" aria-label="Zoom out" onPress={() => step(-1)}>
                <ZoomOutIcon size={16} />
              </Button>
              <span className="num" aria-live="polite">
                {zoom === 'fit' ? 'Fitted' : `${Math.round(zoom * 100)} %`}
              </span>
              <Button className="button small" aria-label="Zoom in" onPress={() => step(1)}>
                <ZoomInIcon size={16} />
              </Button>
              <Button className="button small" onPress={() => setZoom('fit')}>
                Fit
              </Button>
              <Button className="button small" onPress={() => setZoom(1)}>
                Actual size
              </Button>
              <Button className="button small icon-only" aria-label="Close" onPress={close}>
                <CloseIcon size={16} />
              </Button>
            </div>
          </div>
          <div
            className="zoom-stage"
            tabIndex={0}
            role="region"
            aria-label="Screenshot, scrollable"
          >
            <img
              src={url}
              alt={alt}
              className={zoom === 'fit' ? 'fit' : undefined}
              style={
                zoom === 'fit' || natural.width === 0
                  ? undefined
                  : { width: natural.width * zoom, height: natural.height * zoom }
              }
            />
          </div>
        </>
      )}
    </ModalDialog>
  );
}
