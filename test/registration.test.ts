import { expect } from '@open-wc/testing';
import { defineElement } from '../src/base/define.js';
import { VERSION } from '../src/base/version.js';
import { SuccessFactors } from '../src/success-factors/success-factors.js';
import { captureWarnings } from './helpers.js';

describe('registration', () => {
  it('keeps VERSION equal to package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
    expect(SuccessFactors.version).to.equal(pkg.version);
  });

  it('registering the same class again does nothing and does not warn', () => {
    const warnings = captureWarnings();
    try {
      expect(() => defineElement('success-factors', SuccessFactors)).not.to.throw();
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.stop();
    }
  });

  it('another copy of the same version warns once for all its elements', () => {
    const warnings = captureWarnings();
    try {
      class Copy extends SuccessFactors {}
      class OtherCopy extends SuccessFactors {}
      defineElement('success-factors', Copy);
      defineElement('success-factors', OtherCopy);
      expect(customElements.get('success-factors')).to.equal(SuccessFactors);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(`twice (version ${VERSION})`);
    } finally {
      warnings.stop();
    }
  });

  it('another version warns once, naming both versions, and never throws', () => {
    const warnings = captureWarnings();
    try {
      class Other extends SuccessFactors {
        static override version = '9.9.9';
      }
      defineElement('success-factors', Other);
      defineElement('success-factors', Other);
      expect(customElements.get('success-factors')).to.equal(SuccessFactors);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(VERSION).and.to.contain('9.9.9');
    } finally {
      warnings.stop();
    }
  });
});
