package org.minutebook.ingest.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonWordsTest {
  @ParameterizedTest(name = "isHonorific({0}) = {1}")
  @CsvSource({
      "Cllr, true", "cllr., true", "Councillor, true", "Councillors, true", "Cllrs, true", "Messrs., true",
      "Mrs, true", "MR, true", "Mx, true", "Revd, true", "Lady, true", "Inspector, true", "DS, true", "Alderman, true",
      "Doe, false", "Chair, false", "Councils, false", "Mrss, false", "M, false", "the, false"})
  void isHonorific(String word, boolean expected) {
    assertEquals(expected, PersonWords.isHonorific(word));
  }

  @ParameterizedTest(name = "isHonour({0}) = {1}")
  @CsvSource({
      "OBE, true", "CBE, true", "JP, true", "KC, true", "MSc, true", "PhD, true",
      "obe, false", "OB, false", "JPs, false", "Ann, false", "Mr, false"})
  void isHonour(String word, boolean expected) {
    assertEquals(expected, PersonWords.isHonour(word));
  }

  @ParameterizedTest(name = "isParticle({0}) = {1}")
  @CsvSource({"van, true", "De, true", "von, true", "ap, true", "o’, true", "o', true",
      "vans, false", "the, false", "and, false", "Doe, false"})
  void isParticle(String word, boolean expected) {
    assertEquals(expected, PersonWords.isParticle(word));
  }

  @ParameterizedTest(name = "{0} -> [{1}] {2}")
  @CsvSource(delimiter = '|', value = {
      "Cllr Kate Doe | Cllr | Kate Doe",
      "Councillor Kate Doe | Councillor | Kate Doe",
      "Mr. K Doe | Mr. | K Doe",
      "Detective Superintendent Sam Person | Detective Superintendent | Sam Person",
      "The Rt Hon Ann Other | The Rt Hon | Ann Other",
      "Lord Other | Lord | Other",
      "Kate Doe | | Kate Doe",
      "Councillor | | Councillor"})
  void honorificOfAndStripHonorific(String text, String honorific, String rest) {
    assertEquals(honorific, PersonWords.honorificOf(text));
    assertEquals(rest, PersonWords.stripHonorific(text));
  }

  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource({
      "HONORIFIC, Cllr, true", "HONORIFIC, Dr., true", "HONORIFIC, Professor, true", "HONORIFIC, Dame, true",
      "HONORIFIC, Cllrs, false", "HONORIFIC, Inspector, false", "HONORIFIC, cllr, false",
      "SHORT_FORM, Mrs, true", "SHORT_FORM, Cllrs, true", "SHORT_FORM, Revd, true", "SHORT_FORM, Messrs, true",
      "SHORT_FORM, Miss, false", "SHORT_FORM, Councillor, false", "SHORT_FORM, Mrs., false",
      "HONOUR, MBE, true", "HONOUR, BSc, true", "HONOUR, Doe, false"})
  void fragments(String fragment, String word, boolean expected) {
    String source = switch (fragment) {
      case "HONORIFIC" -> PersonWords.HONORIFIC;
      case "SHORT_FORM" -> PersonWords.SHORT_FORM;
      default -> PersonWords.HONOUR;
    };
    assertEquals(expected, Pattern.compile(source).matcher(word).matches());
  }
}
