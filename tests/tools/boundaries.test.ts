import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Lint a would-be file at `path` with the project's own config, and return the boundary rule's messages. */
async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const [result] = await new ESLint().lintText(code, { filePath: path });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'import-x/no-restricted-paths')
    .map((message) => message.message);
}

describe('import boundaries (STYLE.md), checked by ESLint', { timeout: 30_000 }, () => {
  it('a feature may not import another feature', async () => {
    expect(
      await boundaryErrors(
        'src/features/sources/probe.ts',
        "import { CaseStepper } from '../cases/case-stepper';\nexport const x = CaseStepper;\n",
      ),
    ).toEqual([expect.stringContaining('A feature must not import another feature')]);
  });

  it('lib, components and charts may not import upward, nor data import features', async () => {
    expect(
      await boundaryErrors('src/lib/probe.ts', "import { useCopy } from '../data/text';\nexport const y = useCopy;\n"),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        'src/charts/probe.ts',
        "import { CaseStepper } from '../features/cases/case-stepper';\nexport const z = CaseStepper;\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        'src/data/probe.ts',
        "import { AppProviders } from '../app/providers';\nexport const w = AppProviders;\n",
      ),
    ).toHaveLength(1);
  });

  it('the allowed direction passes', async () => {
    expect(
      await boundaryErrors(
        'src/features/cases/probe.ts',
        "import { useCopy } from '../../data/text';\nexport const v = useCopy;\n",
      ),
    ).toEqual([]);
    expect(
      await boundaryErrors(
        'src/app/probe.ts',
        "import { CaseStepper } from '../features/cases/case-stepper';\nexport const u = CaseStepper;\n",
      ),
    ).toEqual([]);
  });
});
