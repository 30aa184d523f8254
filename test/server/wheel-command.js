/**
 * A `wheel` command for the tests: the mouse wheel turned by the browser's own input, which
 * @web/test-runner-commands does not offer (it has sendMouse and sendKeys, no wheel). Keys held
 * with sendKeys({ down: 'Control' }) stay held, so ctrl + wheel reaches the page as a reader's
 * pinch-zoom gesture does. The browser-side call is `wheel()` in test/fixtures/real-input.ts.
 */
export function wheelCommand() {
  return {
    name: 'wheel-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'wheel') return undefined;
      const { position, deltaX = 0, deltaY = 0 } = payload ?? {};
      if (!Array.isArray(position) || !position.every(Number.isInteger))
        throw new Error('wheel: position must be an [x, y] pair of integers');
      const page = session.browser.getPage(session.id);
      await page.mouse.move(position[0], position[1]);
      await page.mouse.wheel({ deltaX, deltaY });
      return true;
    },
  };
}
