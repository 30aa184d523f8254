// Tests drive the browsers Debian installs (/usr/bin/chromium, /usr/bin/firefox-esr):
// puppeteer must never download one of its own (there is no network for it here or in CI).
module.exports = { skipDownload: true };
