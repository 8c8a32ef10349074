/**
 * Layout checks run in the page: every view (the header and each child of the main grid) owns its
 * box. Two views' boxes must not intersect, and nothing inside a view may paint outside its box
 * (what an ancestor scrolls or clips away inside the view does not count). Fixed elements (the
 * phone's sheets, popups) are overlays by design and are left out.
 */
import type { Page } from '@playwright/test';

export interface LayoutProblem {
  kind: 'views-intersect' | 'spills-out';
  view: string;
  other: string;
}

export async function layoutProblems(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(() => {
    const TOL = 1;
    type Box = { left: number; top: number; right: number; bottom: number };
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
    const boxOf = (el: Element): Box => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const clip = (a: Box, b: Box): Box => ({
      left: Math.max(a.left, b.left),
      top: Math.max(a.top, b.top),
      right: Math.min(a.right, b.right),
      bottom: Math.min(a.bottom, b.bottom),
    });
    const empty = (b: Box) => b.right - b.left <= TOL || b.bottom - b.top <= TOL;
    const isFixed = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) if (getComputedStyle(e).position === 'fixed') return true;
      return false;
    };
    const views = [document.querySelector('.app-header'), ...document.querySelectorAll('main.layout > *')].filter(
      (el): el is Element => !!el && !isFixed(el) && getComputedStyle(el).display !== 'none' && !empty(boxOf(el)),
    );
    const problems: { kind: 'views-intersect' | 'spills-out'; view: string; other: string }[] = [];
    for (let i = 0; i < views.length; i++) {
      for (let j = i + 1; j < views.length; j++) {
        if (!empty(clip(boxOf(views[i]), boxOf(views[j]))))
          problems.push({ kind: 'views-intersect', view: name(views[i]), other: name(views[j]) });
      }
    }
    for (const view of views) {
      const own = boxOf(view);
      for (const el of view.querySelectorAll('*')) {
        if (isFixed(el)) continue;
        // Not painted: hidden, display: contents, or inside a closed <details>.
        if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }) || getComputedStyle(el).display === 'contents')
          continue;
        let visible = boxOf(el);
        // What an ancestor inside the view clips (overflow other than visible) is not painted.
        for (let a = el.parentElement; a && a !== view.parentElement; a = a.parentElement) {
          if (getComputedStyle(a).overflow !== 'visible') visible = clip(visible, boxOf(a));
        }
        if (empty(visible)) continue;
        if (
          visible.left < own.left - TOL ||
          visible.top < own.top - TOL ||
          visible.right > own.right + TOL ||
          visible.bottom > own.bottom + TOL
        ) {
          problems.push({ kind: 'spills-out', view: name(view), other: `${name(el)} "${(el.textContent ?? '').trim().slice(0, 40)}"` });
        }
      }
    }
    return problems;
  });
}
