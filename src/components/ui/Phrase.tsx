import { Fragment, type ReactNode } from 'react';

// Private Use Area characters: never in a message, so they mark where each slot's node goes.
const SLOT = (i: number) => String.fromCharCode(0xe000 + i);
const SLOTS = /([\ue000-\ue0ff])/;

/**
 * A message with nodes in its slots, e.g. `officeOpened(name)` with the name marked lang="en":
 * the message function is called with placeholders and each placeholder replaced by its node.
 */
export function Phrase({ message, slots }: { message: (...args: string[]) => string; slots: ReactNode[] }) {
  const parts = message(...slots.map((_, i) => SLOT(i))).split(SLOTS);
  return (
    <>
      {parts.map((part, i) => {
        const slot = part.length === 1 ? part.charCodeAt(0) - 0xe000 : -1;
        return slot >= 0 && slot < slots.length ? <Fragment key={i}>{slots[slot]}</Fragment> : part;
      })}
    </>
  );
}
