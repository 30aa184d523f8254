/**
 * The width a widget has to draw in, followed as the page resizes. It observes a block element
 * inside the shadow root (`.frame`), not the host: host-page CSS such as
 * `* { all: unset !important }` can make the host an inline box, which a ResizeObserver
 * reports as 0×0, while the frame inside still spans the space the page gives.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { css } from 'lit';

type Host = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export const frameStyles = css`
  .frame {
    display: block;
    width: 100%;
  }
`;

export class WidthController implements ReactiveController {
  /** Whole pixels; 0 until the widget is on the page. */
  width = 0;
  private observed?: Element;
  private readonly observer = new ResizeObserver((entries) => {
    const width = Math.floor(entries[0]?.contentRect.width ?? 0);
    // Applied in the next frame, not inside the callback: a redraw that changes the frame's
    // height would otherwise trigger the observer again ("ResizeObserver loop").
    if (width && width !== this.width) {
      requestAnimationFrame(() => {
        this.width = width;
        this.host.requestUpdate();
      });
    }
  });

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back on the page (or moved in it): observe again after the next update.
    this.observed = undefined;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    this.observed = undefined;
  }

  /**
   * The width now, measured on the spot when not known yet: call it from `willUpdate`, so that
   * the first frame is drawn at its width rather than redrawn a frame later.
   */
  measure(): number {
    if (!this.width && this.host.isConnected) {
      const box = (this.frame() ?? this.host).getBoundingClientRect();
      this.width = Math.floor(box.width);
    }
    return this.width;
  }

  hostUpdated(): void {
    const frame = this.frame();
    if (frame && frame !== this.observed) {
      this.observer.disconnect();
      this.observer.observe(frame);
      this.observed = frame;
      if (!this.width) {
        this.width = Math.floor(frame.getBoundingClientRect().width);
        if (this.width) this.host.requestUpdate();
      }
    }
  }

  private frame(): Element | null | undefined {
    return this.host.renderRoot?.querySelector('.frame');
  }
}
