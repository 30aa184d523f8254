/**
 * Pointer gestures on the timeline: drag to pan, pinch or wheel to zoom, drag along the axis
 * to brush a period. It only computes; the element owns the view and renders it (the d3-zoom
 * way, without d3-selection and d3-transition in the bundle).
 */
import { panView, timeAt, zoomView, type View } from './timeline-scale.js';

export interface PointerHost {
  readonly view: View | undefined;
  readonly plotWidth: number;
  /** True when the reader is working in the chart (it has focus): plain wheel zooms then. */
  readonly engaged: boolean;
  setView(view: View): void;
  /** The period being brushed (ms), or undefined when none. */
  setBrush(range: [number, number] | undefined): void;
  brushed(range: [number, number]): void;
}

/** Below this many pixels a press is a click, not a drag. */
const dragThreshold = 4;

export class TimelinePointer {
  private pointers = new Map<number, number>();
  private start?: { x: number; view: View; distance?: number; mid?: number };
  private brushFrom?: number;
  private dragged = false;

  constructor(private readonly host: PointerHost) {}

  /** True once after a drag, so the click that ends it does not also select. */
  consumeDrag(): boolean {
    const dragged = this.dragged;
    this.dragged = false;
    return dragged;
  }

  readonly onPointerDown = (event: PointerEvent) => {
    const view = this.host.view;
    if (!view || event.button !== 0) return;
    const x = this.xIn(event);
    this.dragged = false;
    if ((event.target as Element).closest('.brush-band')) {
      this.brushFrom = x;
      return;
    }
    // A primary pointer going down means no other is: forget any whose release went unseen
    // (a press let go outside the chart before it became a captured drag).
    if (event.isPrimary) this.pointers.clear();
    this.pointers.set(event.pointerId, x);
    this.start = this.pinchStart(view) ?? { x, view };
  };

  readonly onPointerMove = (event: PointerEvent) => {
    const view = this.host.view;
    if (!view) return;
    const x = this.xIn(event);
    const width = this.host.plotWidth;
    if (this.brushFrom !== undefined) {
      if (Math.abs(x - this.brushFrom) > dragThreshold) this.startDrag(event);
      this.host.setBrush(this.range(this.brushFrom, x, view, width));
      return;
    }
    if (!this.pointers.has(event.pointerId) || !this.start) return;
    this.pointers.set(event.pointerId, x);
    const start = this.start;
    if (start.distance !== undefined && this.pointers.size === 2) {
      const [a, b] = [...this.pointers.values()] as [number, number];
      const distance = Math.max(1, Math.abs(a - b));
      this.startDrag(event);
      this.host.setView(zoomView(start.view, start.distance / distance, start.mid));
      return;
    }
    const dx = x - start.x;
    if (Math.abs(dx) > dragThreshold) this.startDrag(event);
    if (this.dragged) {
      const msPerPixel = (start.view.end - start.view.start) / width;
      this.host.setView(panView(start.view, -dx * msPerPixel));
    }
  };

  readonly onPointerUp = (event: PointerEvent) => {
    const view = this.host.view;
    if (this.brushFrom !== undefined && view) {
      const x = this.xIn(event);
      const from = this.brushFrom;
      this.brushFrom = undefined;
      this.host.setBrush(undefined);
      if (Math.abs(x - from) > dragThreshold)
        this.host.brushed(this.range(from, x, view, this.host.plotWidth));
      return;
    }
    this.pointers.delete(event.pointerId);
    // A pinch that loses a finger carries on as a pan from where it is.
    this.start =
      view && this.pointers.size === 1 ? { x: [...this.pointers.values()][0]!, view } : undefined;
  };

  readonly onWheel = {
    // Not passive: a wheel that zooms must not also scroll the page.
    passive: false,
    handleEvent: (event: WheelEvent) => {
      const view = this.host.view;
      if (!view) return;
      const zoom = event.ctrlKey || event.metaKey || this.host.engaged;
      const horizontal = Math.abs(event.deltaX) > Math.abs(event.deltaY);
      // A reader scrolling the article past the chart keeps scrolling it.
      if (!zoom && !horizontal) return;
      event.preventDefault();
      const width = this.host.plotWidth;
      const pixels = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? width : 1;
      if (horizontal) {
        this.host.setView(panView(view, event.deltaX * pixels * ((view.end - view.start) / width)));
      } else {
        const at = timeAt(this.xIn(event), view, width);
        this.host.setView(zoomView(view, Math.exp(event.deltaY * pixels * 0.002), at));
      }
    },
  };

  /**
   * A press that has moved past the threshold is a drag from now on. Only now is the pointer
   * captured: capture keeps the drag going outside the chart, but a pointer captured on press
   * would retarget the click that ends a plain press to the <svg>, and no incident or
   * aggregate under the pointer would ever be clicked.
   */
  private startDrag(event: PointerEvent): void {
    this.dragged = true;
    // A pointer the browser no longer tracks (or a synthetic one, as a test's pinch is) cannot
    // be captured, and the gesture works without it.
    try {
      (event.currentTarget as Element).setPointerCapture(event.pointerId);
    } catch {
      /* not capturable */
    }
  }

  private pinchStart(view: View) {
    if (this.pointers.size !== 2) return undefined;
    const [a, b] = [...this.pointers.values()] as [number, number];
    return {
      x: (a + b) / 2,
      view,
      distance: Math.max(1, Math.abs(a - b)),
      mid: timeAt((a + b) / 2, view, this.host.plotWidth),
    };
  }

  private range(x0: number, x1: number, view: View, width: number): [number, number] {
    const a = timeAt(Math.min(x0, x1), view, width);
    const b = timeAt(Math.max(x0, x1), view, width);
    return [a, b];
  }

  private xIn(event: MouseEvent): number {
    const box = (event.currentTarget as Element).getBoundingClientRect();
    return event.clientX - box.left;
  }
}
