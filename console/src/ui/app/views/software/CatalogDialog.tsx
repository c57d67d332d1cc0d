import { Button, Heading } from 'react-aria-components';
import { ModalDialog } from '../../components/ModalDialog.tsx';
import { CatalogSection } from './CatalogSection.tsx';
import { OsSupportSection } from './OsSupportSection.tsx';

/**
 * The coordinator's reference lists: a catalog of latest versions (from the district or a vendor)
 * and the dates each operating system release stops getting security fixes.
 */
export function CatalogDialog() {
  return (
    <ModalDialog
      trigger={<Button className="button">Catalog &amp; OS support</Button>}
      size="roomy"
    >
      {({ close }) => (
        <>
          <Heading slot="title">Catalog &amp; OS support</Heading>
          <CatalogSection />
          <OsSupportSection />
          <div className="dialog-actions">
            <Button className="button" onPress={close}>
              Close
            </Button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
