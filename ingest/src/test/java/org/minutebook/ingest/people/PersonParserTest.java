package org.minutebook.ingest.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.minutebook.model.Person;

class PersonParserTest {
  private static Person parse(String entry) {
    Person p = PersonParser.parse(entry);
    assertNotNull(p, "no person in: " + entry);
    return p;
  }

  @Test
  void bracketedInitialsIdentifyAndTheWordsAfterThemAreTheRole() {
    Person chair = parse("Ann Other (AO)[Chair]");
    assertEquals("Ann Other", chair.name());
    assertNull(chair.role());
    assertEquals("Chair", chair.position());
    Person clerk = parse("Sam Person (SP) CLERK");
    assertEquals("Sam Person", clerk.name());
    assertEquals("CLERK", clerk.role());
    assertEquals("SBC", parse("Ann Other (SBC)").role()); // not her initials: a body
  }

  @Test
  void councillorWithDoubleBracketedRoleAndPosition() {
    Person p = parse("Councillor Kate Lymer ((Portfolio Holder for Public Protection and Enforcement)) (Chairman)");

    assertEquals("Kate Lymer", p.name());
    assertEquals("Councillor", p.honorific());
    assertEquals("Portfolio Holder for Public Protection and Enforcement", p.role());
    assertEquals("Chairman", p.position());
    assertNull(p.standingInFor());
  }

  @Test
  void roleWithCommaInsideBracketsAndVicePosition() {
    Person p = parse("Nigel Davies ((LBB Executive Director, Environmental Services)) (Vice-Chairman)");

    assertEquals("Nigel Davies", p.name());
    assertNull(p.honorific());
    assertEquals("LBB Executive Director, Environmental Services", p.role());
    assertEquals("Vice-Chairman", p.position());
  }

  @Test
  void bracketedRoleAfterComma() {
    Person p = parse("Janet Bailey, (Director of Children's Services)");

    assertEquals("Janet Bailey", p.name());
    assertEquals("Director of Children's Services", p.role());
    assertNull(p.position());
  }

  @Test
  void unbracketedRoleAfterComma() {
    Person p = parse("Toby Smith, Environment & Community Services");

    assertEquals("Toby Smith", p.name());
    assertEquals("Environment & Community Services", p.role());
  }

  @Test
  void multiWordPoliceRank() {
    Person p = parse("Detective Superintendent Paul Warnett");

    assertEquals("Detective Superintendent", p.honorific());
    assertEquals("Paul Warnett", p.name());
    assertNull(p.role());
  }

  @Test
  void initialsWithPosition() {
    Person p = parse("Mr R W Gough (Chairman)");

    assertEquals("Mr", p.honorific());
    assertEquals("R W Gough", p.name());
    assertEquals("Chairman", p.position());
    assertNull(p.role());
  }

  @Test
  void honoursAreDroppedFromTheName() {
    Person p = parse("Sir John Smith OBE");

    assertEquals("Sir", p.honorific());
    assertEquals("John Smith", p.name());
  }

  @Test
  void trailingPunctuationIsDropped() {
    assertEquals("Jane Doe", parse("Mrs Jane Doe;").name());
  }

  @Test
  void narrativeIsNotAPerson() {
    assertNull(PersonParser.parse("apologies were received from the Chairman"));
  }
}
