// A Vue 3 page using the widgets as they are. Two things make Vue and custom elements work
// together: the compiler is told which tags are custom elements (`isCustomElement`, in
// vite.config.ts), and the elements are registered before the app mounts.
import { createApp } from 'vue';
import 'civic-space-widgets';
import App from './App.vue';

createApp(App).mount('#app');
