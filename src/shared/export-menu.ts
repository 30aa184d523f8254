/**
 * The export control every widget shows under its view (part `export`): one button opening a
 * small menu (SVG image, PNG image, CSV of the data table, Copy citation), operable from the
 * keyboard as a menu button is (arrow keys, Escape back to the button, Tab out),
 * and a status line that says what happened: the file saved, the citation copied (shown in
 * full, to copy by hand where the browser refuses), or why a format cannot be made here.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { exportMessages } from './export-messages.js';

export const exportActions = ['svg', 'png', 'csv', 'cite'] as const;
export type ExportAction = (typeof exportActions)[number];

type Host = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export const exportMenuStyles = css`
  .export {
    position: relative;
    margin-block-start: 0.5rem;
  }
  .export ul {
    position: absolute;
    z-index: 2;
    margin: 0.25rem 0 0;
    padding: 0.25rem;
    list-style: none;
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .export li button {
    width: 100%;
    text-align: start;
    border-color: transparent;
  }
  .export p {
    margin: 0.25rem 0 0;
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }
  @media print {
    .export {
      display: none;
    }
  }
`;

/** The menu's state (open, the last report) and its keyboard; the host renders `render()`. */
export class ExportMenu implements ReactiveController {
  private open = false;
  /** What the last action reported. */
  private status = '';

  constructor(
    private readonly host: Host,
    private readonly run: (action: ExportAction) => Promise<string>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.handleOutside, true);
  }

  render(lang: string) {
    const w = exportMessages(lang);
    const labels: Record<ExportAction, string> = {
      svg: w.svg,
      png: w.png,
      csv: w.csv,
      cite: w.cite,
    };
    return html`<div class="export" part="export" @focusout=${this.handleFocusOut}>
      <button
        type="button"
        class="export-button"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${this.open ? 'export-menu' : nothing}
        @click=${() => this.toggle(!this.open, 0)}
        @keydown=${this.handleButtonKey}
      >
        ${w.export}
      </button>
      ${
        this.open
          ? html`<ul
              class="export-menu"
              id="export-menu"
              role="menu"
              aria-label=${w.export}
              @keydown=${this.handleMenuKey}
            >
              ${exportActions.map(
                (action) =>
                  html`<li role="none">
                    <button
                      type="button"
                      role="menuitem"
                      tabindex="-1"
                      data-action=${action}
                      @click=${() => this.choose(action)}
                    >
                      ${labels[action]}
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      <p role="status">${this.status}</p>
    </div>`;
  }

  private items(): HTMLElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  }

  private button(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.export-button');
  }

  /** Opens (focusing item `index`, from the end when negative) or closes the menu. */
  private async toggle(open: boolean, index: number): Promise<void> {
    this.open = open;
    // A press anywhere else closes it: a click does not always focus what it lands on.
    if (open) document.addEventListener('pointerdown', this.handleOutside, true);
    else document.removeEventListener('pointerdown', this.handleOutside, true);
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (!open) return;
    const items = this.items();
    items.at(index)?.focus();
  }

  private async choose(action: ExportAction): Promise<void> {
    await this.toggle(false, 0);
    this.button()?.focus();
    this.status = await this.run(action);
    this.host.requestUpdate();
  }

  private readonly handleButtonKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    void this.toggle(true, event.key === 'ArrowDown' ? 0 : -1);
  };

  private readonly handleMenuKey = (event: KeyboardEvent) => {
    const items = this.items();
    const step = { ArrowDown: 1, ArrowUp: items.length - 1 }[event.key];
    if (step) {
      event.preventDefault();
      const index = items.indexOf(event.target as HTMLElement);
      items[(index + step) % items.length]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      void this.toggle(false, 0).then(() => this.button()?.focus());
    } else if (event.key === 'Tab') {
      // Focus goes on to what follows; the menu closes behind it.
      void this.toggle(false, 0);
    }
  };

  /** Focus moved out of the control (Tab, a click on something focusable): the menu closes. */
  private readonly handleFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (this.open && next && !(event.currentTarget as HTMLElement).contains(next))
      void this.toggle(false, 0);
  };

  private readonly handleOutside = (event: Event) => {
    const control = this.host.renderRoot.querySelector('.export');
    if (control && !event.composedPath().includes(control)) void this.toggle(false, 0);
  };
}
