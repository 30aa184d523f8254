// TypeScript sees a .vue file as a component; vite's Vue plugin compiles it.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
