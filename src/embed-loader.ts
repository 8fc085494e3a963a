import { install } from './features/embed/loader';

install(window, document.currentScript as HTMLScriptElement | null);
