// Compiles the answer lane (lib/attempts/answer-lane.ts) into the build folder, next to Next's
// own build: <NEXT_DIST_DIR or .next>/lanes/answer.mjs, which scripts/serve.mjs loads. npm
// packages stay external (the worker loads them from node_modules, as Next's server does);
// the app's own code is bundled, "server-only" as an empty module (it only guards client bundles).
//   node scripts/build-lane.mjs
import { build } from "esbuild";
import path from "node:path";

export async function buildLane(distDir = process.env.NEXT_DIST_DIR || ".next") {
  const outfile = path.join(distDir, "lanes", "answer.mjs");
  const result = await build({
    entryPoints: ["lib/attempts/answer-lane.ts"],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: "tsconfig.json",
    logLevel: "warning",
    metafile: true,
    plugins: [{
      name: "server-only",
      setup(b) {
        b.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
        b.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "", loader: "js" }));
      },
    }],
  });
  // The lane runs outside Next's request handler: next/headers and React's cache() have no
  // request there. Refuse a build that pulled them in rather than fail on the first answer.
  const outside = Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path)).filter((p) => /^(next|react|react-dom)(\/|$)/.test(p));
  if (outside.length) throw new Error(`The answer lane must not import ${[...new Set(outside)].join(", ")} (it runs outside Next's request handler).`);
  return outfile;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`Answer lane built: ${await buildLane()}`);
