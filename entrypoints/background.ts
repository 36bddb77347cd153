import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // placeholder: replaced by the real background (validation, Dexie, side panel wiring)
});
