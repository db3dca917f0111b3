import { describe, expect, it } from 'vitest';

import { joinPath, studyFileName, withStudyExtension } from './studyPath';

describe('study paths', () => {
  it('joins with the separator the directory uses', () => {
    expect(joinPath('/home/ana/Tokscope', 'a.tokscope')).toBe('/home/ana/Tokscope/a.tokscope');
    expect(joinPath('/home/ana/Tokscope/', 'a.tokscope')).toBe('/home/ana/Tokscope/a.tokscope');
    expect(joinPath('C:\\Users\\ana\\Tokscope', 'a.tokscope')).toBe('C:\\Users\\ana\\Tokscope\\a.tokscope');
  });

  it('adds the extension only when missing', () => {
    expect(withStudyExtension(' /tmp/x ')).toBe('/tmp/x.tokscope');
    expect(withStudyExtension('/tmp/x.TOKSCOPE')).toBe('/tmp/x.TOKSCOPE');
  });

  it('turns a study name into a safe file name', () => {
    expect(studyFileName('Climate TikTok 2024!')).toBe('climate-tiktok-2024.tokscope');
    expect(studyFileName('  ')).toBe('new-study.tokscope');
    expect(studyFileName('Ümlaut Étude')).toBe('ümlaut-étude.tokscope');
  });
});
