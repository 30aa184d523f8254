/**
 * An SVG picture as PNG in Node, with resvg (a Rust rasteriser whose npm package carries its
 * own binary) and the NanumGothic faces (SIL Open Font License, from npm), which hold Latin and
 * Hangul: nothing is read from the system, so a picture renders alike on every machine.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const fontFiles = ['400Regular/NanumGothic_400Regular.ttf', '700Bold/NanumGothic_700Bold.ttf'].map(
  (file) => require.resolve(`@expo-google-fonts/nanum-gothic/${file}`),
);

/** The PNG of `svg`, `scale` pixels per pixel of the picture. */
export function rasterise(svg: string, scale: number): Uint8Array {
  const family = 'NanumGothic';
  return new Resvg(svg, {
    font: {
      fontFiles,
      loadSystemFonts: false,
      defaultFontFamily: family,
      sansSerifFamily: family,
    },
    fitTo: { mode: 'zoom', value: scale },
  })
    .render()
    .asPng();
}
