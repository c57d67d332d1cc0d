import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { CatalogSection } from './CatalogSection.tsx';
import { OsSupportSection } from './OsSupportSection.tsx';

/**
 * The coordinator's reference lists: a catalog of latest versions (from the district or a vendor)
 * and the dates each operating system release stops getting security fixes.
 */
export function CatalogDialog() {
  return (
    <DialogTrigger>
      <Button className="button">Catalog &amp; OS support</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal roomy">
          <Dialog className="dialog">
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
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
