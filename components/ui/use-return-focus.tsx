"use client";

import * as React from "react";

/**
 * Radix gives focus back to a dialog's Trigger when it closes; a dialog opened from code (a button's onClick, a
 * shortcut) has none, so focus fell to the page body. This remembers what had focus as the dialog opened and
 * returns there. `<RememberOpener />` must be the content's first child: its layout effect runs before a child's
 * autoFocus moves focus inside.
 */
export function useReturnFocus(onCloseAutoFocus?: (event: Event) => void) {
  const opener = React.useRef<HTMLElement | null>(null);
  const rememberOpener = <RememberOpener openerRef={opener} />;
  const handleCloseAutoFocus = (event: Event) => {
    onCloseAutoFocus?.(event);
    if (event.defaultPrevented) return;
    const target = opener.current;
    if (target?.isConnected) {
      event.preventDefault();
      target.focus({ preventScroll: true });
    }
  };
  return { rememberOpener, onCloseAutoFocus: handleCloseAutoFocus };
}

function RememberOpener({ openerRef }: { openerRef: React.RefObject<HTMLElement | null> }) {
  React.useLayoutEffect(() => {
    const active = document.activeElement;
    openerRef.current = active instanceof HTMLElement && active !== document.body ? active : null;
  }, [openerRef]);
  return null;
}
