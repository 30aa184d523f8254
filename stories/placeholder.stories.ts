import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = { title: 'Placeholder' };
export default meta;

export const Default: StoryObj = {
  render: () => html`<p>civic-space-widgets Storybook is running.</p>`,
};
