/**
 * JSX types for the elements, for a React 19 project in TypeScript: copy this file into
 * yours. React 19 passes the props below to the elements unchanged.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  CivicDataset,
  CivicErrorEvent,
  CivicFilterChangeEvent,
  CivicLoadEvent,
  CivicSelectEvent,
  Dataset,
  Filter,
  IncidentTimeline,
  ProvinceMap,
  RecommendationTracker,
} from 'civic-space-widgets';

/** What every element takes: data, language, theme and the events of components.md. */
type CivicProps<E> = DetailedHTMLProps<HTMLAttributes<E>, E> & {
  src?: string;
  data?: Dataset | unknown;
  theme?: 'light' | 'dark' | 'auto';
  'oncivic-load'?: (event: CivicLoadEvent) => void;
  'oncivic-error'?: (event: CivicErrorEvent) => void;
  'oncivic-select'?: (event: CivicSelectEvent) => void;
  'oncivic-filter-change'?: (event: CivicFilterChangeEvent) => void;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'civic-dataset': CivicProps<CivicDataset> & { filter?: Filter; 'sync-url'?: boolean };
      'civic-incident-timeline': CivicProps<IncidentTimeline> & {
        'group-by'?: 'category' | 'region' | 'none';
        from?: string;
        to?: string;
        height?: number;
      };
      'civic-province-map': CivicProps<ProvinceMap> & {
        geo?: string;
        geometry?: unknown;
        'geo-object'?: string;
        context?: string;
        measure?: 'incidents' | 'people';
        height?: number;
      };
      'civic-recommendation-tracker': CivicProps<RecommendationTracker> & { review?: string };
    }
  }
}
