/** Ours: <civic-incident-timeline group-by="category"> given the dataset object as `.data`. */
import '../src/timeline/incident-timeline.js';
import { frames, type Contender, type Mounted } from './timeline-kit.js';

interface TimelineElement extends HTMLElement {
  data: unknown;
  from: string;
  to: string;
  updateComplete: Promise<boolean>;
}

export const oursContender: Contender = {
  name: 'ours',
  async mount(container, dataset): Promise<Mounted> {
    const element = document.createElement('civic-incident-timeline') as TimelineElement;
    element.setAttribute('group-by', 'category');
    element.data = dataset;
    container.append(element);
    await element.updateComplete;
    await frames(2);
    return {
      async zoom(window) {
        element.from = window.from;
        element.to = window.to;
        await element.updateComplete;
        await frames(1);
      },
      dispose() {
        element.remove();
      },
    };
  },
};
