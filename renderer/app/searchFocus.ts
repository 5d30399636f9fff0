/**
 * Lets the Ctrl+F shortcut focus the client search box, even when the client list is not on
 * screen yet: the request waits until the box mounts.
 */
type Focuser = () => void;

let target: Focuser | null = null;
let pending = false;

export function requestSearchFocus(): void {
  if (target) target();
  else pending = true;
}

/** Called by the search box when it mounts; returns the unregister function. */
export function registerSearchBox(focus: Focuser): () => void {
  target = focus;
  if (pending) {
    pending = false;
    focus();
  }
  return () => {
    if (target === focus) target = null;
  };
}
