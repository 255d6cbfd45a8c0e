"""The gender a common given name tells, so "he" and "she" can skip people they cannot mean.

Writers use a pronoun when it can only mean one of the people in play: a "she" after a sentence about
"Rustem Umerov" goes back past him, a "he" stays with him. Only names that are one gender in nearly every
country are listed (no "Andrea", "Jean", "Kim", "Sasha"); an unlisted name tells nothing.
"""

from __future__ import annotations

from bot.analyse.speech_lexicon import word_set

_MALE = word_set(
    """
    aaron abdallah abdel abdelaziz abdelkader abdul abdulaziz abdullah abdullahi abdulrahman abdurrahman
    abraham abu adam adebayo adel ademola adnan adrian ahmad ahmed ahmet akbar akhtar akin akira alain alan
    alastair albert alberto aleksander aleksandr aleksei alexander alexandre alexei alexis alfonso alfred ali
    alistair amadou amir amos anatoly anders andre andrei andres andrew andrzej angel anil anthony antoine
    anton antonio anwar arif armando arnaud arsen arthur arturo ashok ashraf augusto ayman aziz babajide
    bakary balaji barack barry bashar bashir basil ben benedict benjamin benoit bernard bernardo bilal bill
    billy bob bogdan boris boubacar brad brendan brian bruce bruno bryan burak cameron carl carlos cedric
    cesar charles charlie chidi chinedu chris christian christoph christophe christopher chukwuma clarence
    claude clement colin conor craig cristian cyril dale damian dan daniel danilo dario darren david dean
    denis dennis derek diego dimitri dmitri dmitry dominic donald douglas duncan dusan eduardo edward edwin
    elias elijah emeka emile emmanuel emmerson enrique eric erik ernesto esteban ethan eugene evan evgeny
    fabian fabio fadi faisal farhan farid faruk federico felipe felix fernando filip florian francesco francis
    francisco franck frank franz fred frederick friedrich fyodor gabriel gareth gary gavin geoffrey georg
    george georgi gerald gerard gerhard giorgi giovanni giuseppe goodluck gordon graham grant greg gregory
    guillaume gustavo guy hakan hamid hamza hans harald harold harry hasan hassan hector heinz helmut henri
    henrik henry herbert hiroshi hosni hossein hugh hugo hussein ian ibrahim idris igor ilya imran isaac
    ismail ivan jack jacob jacques jaime jake jamal james jamie jan janusz jaroslaw jason javier jean-claude
    jean-luc jean-marc jean-michel jean-paul jean-pierre jeff jeffrey jeremy jerome jesus jim jimmy joachim
    joao joe joel johan johannes john jonathan jorge jose josef joseph joshua juan julian julien junaid jurgen
    justin kamal kareem karim karl kasim keith kemal ken kenneth kevin khaled khalid kofi konstantin kwabena
    kwame kyle lamine larry lars laurent lawrence leo leon leonardo leonid lorenzo louis luc luca lucas luigi
    luis lukas mahamadou mahmoud mahmud malik mamadou manuel marc marcel marco marcos marek mario mark marko
    martin mateo matteo matthew matthias maurice max maxim maxime mehmet michael michel miguel mikhail milan
    mirko mohamed mohammad mohammed moses moussa muhammad muhammadu mustafa nabil nadir nasser nathan neil
    nelson nicholas nick nicolas nikolai nikolay nnamdi noah norbert obinna oleg oleksandr oleksiy oliver
    olivier omar oscar osman ousmane owen pablo paolo pascal patrick paul pavel pedro peter petr petro philip
    philippe pierre piotr pradeep pranab prashant qasim rafael rahul raila rajesh ralph ramon ramzan rashid
    raul ravi raymond recep reza ricardo richard rick rob robert roberto rodrigo roger roland roman ron ronald
    rory ruben rudolf rustem ryan saad sadiq salah saleh salim salman sam samir samuel sanjay santiago
    sebastian serge sergei sergey sergio seyi shahid shane sharif simon stanislav stefan stephen steve steven
    stuart suleiman sunil tamim tariq ted terry thabo thierry thomas tim timothy tobias todd tom tomas tony
    tyler uhuru umar usman uwe vadim valentin valery vasily victor viktor vincent vitaly vladimir
    vladislav volodymyr walid walter wayne werner wilfried william willy wolfgang xavier yahya yaroslav yasar
    yasser yevgeny yoav yousef youssef yuri yusuf zachary zaid zakaria zbigniew zoran
    """
)
_FEMALE = word_set(
    """
    aisha aishah alice alicia alina alison amal amanda amelia amina aminata amy ana anastasia angela angelina
    angelique anita ann anna annalena anne annette antonia ashley asma astrid aurelie barbara beata beatrice
    bettina brigitte britta caroline carolyn catherine cecile celine charlotte chiara christina christine
    chrystia claire claudia colette cristina cynthia daniela danielle deborah diana dilma dina dolores donna
    dorothy elena eleni elisabeth elizabeth ella ellen elsa emilia emily emma esther eva evelyn fatima fatou
    fatoumata florence francesca francoise frederique gabriela gabrielle georgina gillian giorgia gloria grace
    gulnara hana hanna hannah heather heidi helen helena helga hilary hillary ilham ilona ines ingrid irene
    irina isabel isabella isabelle jacinda jane janet janice jennifer jessica jill joan joanna josephine joyce
    judith julia juliana julie justine kaja kamala karen karin katarina katarzyna katharina katherine kathleen
    kathryn katie kerstin kristalina kristina laila laura lauren layla leila lena linda lisa liz louise lucia
    lucy ludmila lyudmila magdalena maia maria mariam marianne marie marina marine marta martha mary maryam
    maya megan melania melanie mercy meryl mette michelle mira miriam monica monika nadia nadine nancy naomi
    natalia natalya natasha nathalie ngozi nicole nina nour noura olena olga olivia paula pauline penny petra
    priya priyanka rachel rania rebecca renata rita rosa rosemary ruth sabine sahra salma samantha sandra sara
    sarah shirin silvia simone sofia sonia sophia sophie stella susan susanne suzanne svetlana sylvie tamara
    tanya tatiana tatyana teresa theresa tina ulrike ursula valentina valerie vanessa vera veronica veronika
    victoria viktoria violeta virginia wendy yasmin yasmine yekaterina yulia yuliya zainab zeinab zoe zuzana
    """
)


def given_name_gender(name: str) -> str | None:
    """"m", "f" or None from the first word of a person's full name ("Sergei Vershinin" → "m"); a lone word
    may be a surname ("Martin", "Hassan"), which tells nothing."""
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0].lower()
    if first in _MALE:
        return "m"
    if first in _FEMALE:
        return "f"
    return None
